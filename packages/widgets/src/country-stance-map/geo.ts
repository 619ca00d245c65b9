// The map's geographic code as one chunk (see MapGeo in chunks.ts): loaded
// beside the outlines when the first map connects.
import { countriesOf, frameMap, layoutMap } from './layout.js';
import { provideGeo } from './chunks.js';

provideGeo({ countriesOf, frameMap, layoutMap });

export { countriesOf, frameMap, layoutMap };
