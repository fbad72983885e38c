// The header menu on small screens: opens and closes the navigation, search and languages
// behind the Menu button. The CSS folds the menu from the first paint (site-header.css), so
// this module never changes the layout on load; without it, no-script.css shows the menu.
//
// Markup: [data-site-menu] root with a [data-site-menu-toggle] button and the
// [data-site-menu-panel] it controls. Wide screens never fold the menu: the CSS shows the
// panel and hides the button from 64em up.

const WIDE = window.matchMedia("(min-width: 64em)");

export function init(root) {
    const toggle = root.querySelector("[data-site-menu-toggle]");
    const panel = root.querySelector("[data-site-menu-panel]");
    if (!toggle || !panel) {
        return () => {};
    }

    const setOpen = (open) => {
        toggle.setAttribute("aria-expanded", String(open));
        panel.classList.toggle("site-header__menu--open", open);
    };

    const onClick = () => {
        setOpen(toggle.getAttribute("aria-expanded") !== "true");
    };

    // Escape closes the menu and returns focus to the button.
    const onKeydown = (event) => {
        if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true" && !WIDE.matches) {
            setOpen(false);
            toggle.focus();
        }
    };

    // Going wide and back starts folded again, so the button's state always matches.
    const onWidthChange = () => setOpen(false);

    toggle.addEventListener("click", onClick);
    root.addEventListener("keydown", onKeydown);
    WIDE.addEventListener("change", onWidthChange);

    return () => {
        toggle.removeEventListener("click", onClick);
        root.removeEventListener("keydown", onKeydown);
        WIDE.removeEventListener("change", onWidthChange);
        setOpen(false);
    };
}
