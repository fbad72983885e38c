// Suggestions under a search box as the visitor types: page titles from the suggest
// endpoint, in the ARIA 1.2 combobox pattern (list box popup, aria-activedescendant).
// Without this module the search box is a plain form that submits to the search page.
//
// Markup: a form with [data-search-suggest="<endpoint URL>"] holding an input[name=q].
// Arrow keys move through the suggestions, Enter opens the chosen page, Escape closes
// the list; the full search still runs when no suggestion is chosen.

const DELAY_MS = 200;
const MIN_LENGTH = 1;
let instances = 0;

export function init(form) {
    const input = form.querySelector("input[name=q]");
    const endpoint = form.dataset.searchSuggest;
    if (!input || !endpoint) {
        return () => {};
    }
    instances += 1;
    const listId = `search-suggest-${instances}`;
    const list = document.createElement("ul");
    list.id = listId;
    list.className = "search-suggest";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", form.dataset.searchSuggestLabel || "");
    list.hidden = true;
    const status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    form.append(list, status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("autocomplete", "off");

    const cache = new Map();
    let timer = null;
    let controller = null;
    let options = [];
    let active = -1;

    const close = () => {
        list.hidden = true;
        input.setAttribute("aria-expanded", "false");
        input.removeAttribute("aria-activedescendant");
        active = -1;
    };

    const highlight = (index) => {
        options.forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
        active = index;
        if (index >= 0) {
            input.setAttribute("aria-activedescendant", options[index].id);
        } else {
            input.removeAttribute("aria-activedescendant");
        }
    };

    const render = (suggestions) => {
        list.replaceChildren();
        options = suggestions.map((suggestion, index) => {
            const option = document.createElement("li");
            option.id = `${listId}-${index}`;
            option.className = "search-suggest__option";
            option.setAttribute("role", "option");
            option.setAttribute("aria-selected", "false");
            option.lang = suggestion.lang;
            option.textContent = suggestion.title;
            option.dataset.url = suggestion.url;
            // mousedown, not click: it runs before the input loses focus.
            option.addEventListener("mousedown", (event) => {
                event.preventDefault();
                window.location.assign(suggestion.url);
            });
            list.append(option);
            return option;
        });
        status.textContent = form.dataset[suggestions.length ? "searchSuggestCount" : "searchSuggestNone"]?.replace(
            "{count}",
            String(suggestions.length),
        ) || "";
        if (suggestions.length) {
            list.hidden = false;
            input.setAttribute("aria-expanded", "true");
            highlight(-1);
        } else {
            close();
        }
    };

    const fetchSuggestions = async (query) => {
        if (cache.has(query)) {
            render(cache.get(query));
            return;
        }
        controller?.abort();
        controller = new AbortController();
        try {
            const url = new URL(endpoint, window.location.href);
            url.searchParams.set("q", query);
            const response = await fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } });
            if (!response.ok) {
                close();
                return;
            }
            const data = await response.json();
            cache.set(query, data.suggestions);
            if (input.value.trim() === query) {
                render(data.suggestions);
            }
        } catch (error) {
            if (error.name !== "AbortError") {
                close();
            }
        }
    };

    const onInput = () => {
        clearTimeout(timer);
        const query = input.value.trim();
        if (query.length < MIN_LENGTH) {
            close();
            return;
        }
        timer = setTimeout(() => fetchSuggestions(query), DELAY_MS);
    };

    const onKeydown = (event) => {
        if (event.isComposing) {
            return; // an IME is still composing a Japanese, Chinese or Korean word
        }
        if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            if (list.hidden || !options.length) {
                return;
            }
            event.preventDefault();
            const step = event.key === "ArrowDown" ? 1 : -1;
            // -1 is the input itself: the list wraps through it.
            let next = active + step;
            if (next >= options.length) {
                next = -1;
            } else if (next < -1) {
                next = options.length - 1;
            }
            highlight(next);
        } else if (event.key === "Enter" && active >= 0) {
            event.preventDefault();
            window.location.assign(options[active].dataset.url);
        } else if (event.key === "Escape" && !list.hidden) {
            event.preventDefault();
            close();
        }
    };

    const onBlur = () => close();

    input.addEventListener("input", onInput);
    input.addEventListener("keydown", onKeydown);
    input.addEventListener("blur", onBlur);
    return () => {
        clearTimeout(timer);
        controller?.abort();
        input.removeEventListener("input", onInput);
        input.removeEventListener("keydown", onKeydown);
        input.removeEventListener("blur", onBlur);
        list.remove();
        status.remove();
    };
}

for (const form of document.querySelectorAll("[data-search-suggest]")) {
    init(form);
}
