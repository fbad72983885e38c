// The map beside a list of places. The list is the map's source and its text twin: each
// [data-map-place] item (data-lat, data-lon, data-name, optionally data-url) in the element
// named by data-places becomes one marker, and items the filter hides lose theirs. Without
// this module, or without tiles, the list and its map-service links are all there is.
//
// Markup: [data-place-map] (hidden until drawn) with data-places, data-leaflet (Leaflet's
// script, a static file), data-marker-icon, data-marker-icon-2x and data-marker-shadow (the
// marker's images, static files), data-tile-url, data-tile-attribution, data-label,
// data-zoom-in, data-zoom-out. A section's filter form is [data-place-filter] with the same data-places.

let leafletLoading;

function loadLeaflet(src) {
    if (window.L) return Promise.resolve(window.L);
    leafletLoading ??= new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = src;
        script.onload = () => resolve(window.L);
        script.onerror = reject;
        document.head.append(script);
    });
    return leafletLoading;
}

export function listedPlaces(list) {
    const items = list.matches("[data-map-place]") ? [list] : [...list.querySelectorAll("[data-map-place]")];
    return items
        .filter((item) => !item.hidden)
        .map((item) => ({
            name: item.dataset.name,
            url: item.dataset.url || "",
            lat: Number.parseFloat(item.dataset.lat),
            lon: Number.parseFloat(item.dataset.lon),
        }))
        .filter((place) => Number.isFinite(place.lat) && Number.isFinite(place.lon));
}

function popupContent(place) {
    // Built as elements, not HTML: names come from editors.
    const content = document.createElement(place.url ? "a" : "span");
    content.textContent = place.name;
    if (place.url) content.href = place.url;
    return content;
}

// Markers closer than this (in pixels, Leaflet's marker is 25 x 41) would overlap: they are
// drawn as one group marker, so every marker stays a target of its own (WCAG 2.5.8).
const OVERLAP = { x: 28, y: 44 };

function groupOverlapping(places, pointOf) {
    const groups = [];
    for (const place of places) {
        const point = pointOf(place);
        const overlaps = (group) =>
            Math.abs(group.point.x - point.x) < OVERLAP.x && Math.abs(group.point.y - point.y) < OVERLAP.y;
        const group = groups.find(overlaps);
        if (group) group.places.push(place);
        else groups.push({ point, places: [place] });
    }
    return groups.map((group) => group.places);
}

function groupMarker(L, places) {
    const names = places.map((place) => place.name);
    const center = [
        places.reduce((sum, place) => sum + place.lat, 0) / places.length,
        places.reduce((sum, place) => sum + place.lon, 0) / places.length,
    ];
    const icon = L.divIcon({ className: "place-map__group", html: String(places.length), iconSize: [34, 34] });
    const list = document.createElement("ul");
    list.className = "place-map__group-list";
    for (const place of places) {
        const item = document.createElement("li");
        item.append(popupContent(place));
        list.append(item);
    }
    // keyboard: a button named after every place in it (its title); Enter opens the list of links.
    const marker = L.marker(center, { icon, title: names.join(" / "), keyboard: true });
    marker.bindPopup(list, { closeButton: false });
    marker.on("add", () => {
        marker.getElement().dataset.names = JSON.stringify(names);
    });
    return marker;
}

function drawMarkers(L, map, layer, places) {
    layer.clearLayers();
    for (const group of groupOverlapping(places, (place) => map.latLngToLayerPoint([place.lat, place.lon]))) {
        if (group.length > 1) {
            groupMarker(L, group).addTo(layer);
            continue;
        }
        const [place] = group;
        // keyboard: the marker is a focusable button named after the place; Enter opens its popup.
        L.marker([place.lat, place.lon], { alt: place.name, title: place.name, keyboard: true })
            .bindPopup(popupContent(place), { closeButton: false })
            .addTo(layer);
    }
}

function showPlaces(L, map, layer, places) {
    if (places.length === 1) {
        map.setView([places[0].lat, places[0].lon], 16);
    } else if (places.length > 1) {
        map.fitBounds(L.latLngBounds(places.map((place) => [place.lat, place.lon])), { padding: [24, 24], maxZoom: 16 });
    }
    drawMarkers(L, map, layer, places);
}

function applyFilter(form, list) {
    const data = new FormData(form);
    const area = data.get("area") || "";
    const kind = data.get("kind") || "";
    for (const item of list.querySelectorAll("[data-map-place]")) {
        item.hidden = (area && item.dataset.area !== area) || (kind && item.dataset.kind !== kind);
    }
    const empty = list.parentElement.querySelector("[data-place-empty]");
    if (empty) empty.hidden = listedPlaces(list).length > 0;
    const query = new URLSearchParams([...data].filter(([, value]) => value)).toString();
    window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
}

export function init(root) {
    const list = document.getElementById(root.dataset.places);
    if (!list || listedPlaces(list).length === 0) return () => {};
    let map;
    loadLeaflet(root.dataset.leaflet)
        .then((L) => {
            root.hidden = false;
            // Leaflet finds its marker images from its stylesheet's location; in the one bundled,
            // hashed stylesheet that guess points nowhere, so the files are named here.
            L.Icon.Default.imagePath = "";
            L.Icon.Default.mergeOptions({
                iconUrl: root.dataset.markerIcon,
                iconRetinaUrl: root.dataset.markerIcon2x,
                shadowUrl: root.dataset.markerShadow,
            });
            root.setAttribute("role", "region");
            root.setAttribute("aria-label", root.dataset.label);
            map = L.map(root, { zoomControl: false, scrollWheelZoom: false });
            L.control.zoom({ zoomInTitle: root.dataset.zoomIn, zoomOutTitle: root.dataset.zoomOut }).addTo(map);
            L.tileLayer(root.dataset.tileUrl, { attribution: root.dataset.tileAttribution, maxZoom: 19 }).addTo(map);
            // Leaflet listens for Escape only while the map itself has focus, not a marker.
            root.addEventListener("keydown", (event) => {
                if (event.key === "Escape") map.closePopup();
            });
            const layer = L.layerGroup().addTo(map);
            showPlaces(L, map, layer, listedPlaces(list));
            // Places that overlap at one zoom may stand apart at the next.
            map.on("zoomend", () => drawMarkers(L, map, layer, listedPlaces(list)));
            const form = document.querySelector(`[data-place-filter][data-places="${root.dataset.places}"]`);
            form?.addEventListener("change", () => {
                applyFilter(form, list);
                showPlaces(L, map, layer, listedPlaces(list));
            });
        })
        .catch(() => {
            root.hidden = true;
        });
    return () => map?.remove();
}
