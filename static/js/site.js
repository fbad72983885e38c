// Progressive enhancements only: every page works without this file.
// Each component module exports init(root) and returns a teardown function.
import { init as initOpeningHours } from "./components/opening-hours.js";
import { init as initPlaceMap } from "./components/place-map.js";
import { init as initSiteMenu } from "./components/site-menu.js";

const components = [
    ["[data-site-menu]", initSiteMenu],
    ["[data-opening-hours]", initOpeningHours],
    ["[data-place-map]", initPlaceMap],
];

for (const [selector, init] of components) {
    for (const root of document.querySelectorAll(selector)) {
        init(root);
    }
}
