// Progressive enhancements only: every page works without this file.
// Each component module exports init(root) and returns a teardown function.
import { init as initOpeningHours } from "./components/opening-hours.js";
import { init as initSiteMenu } from "./components/site-menu.js";

const components = [
    ["[data-site-menu]", initSiteMenu],
    ["[data-opening-hours]", initOpeningHours],
];

for (const [selector, init] of components) {
    for (const root of document.querySelectorAll(selector)) {
        init(root);
    }
}
