import { defineElement } from '../core/define.js';
import { DeliveryTracker } from '../delivery-tracker/delivery-tracker.js';

defineElement('delivery-tracker', DeliveryTracker);

export { DeliveryTracker };
