import { defineElement } from '../core/define.js';
import { CountryStanceMap } from '../country-stance-map/country-stance-map.js';

defineElement('country-stance-map', CountryStanceMap);

export { CountryStanceMap };
