// The header menu on small screens: folds the navigation, search and languages behind a
// Menu button. Without this module the menu is simply always open.
//
// Markup: [data-site-menu] root with a [data-site-menu-toggle] button (hidden until this
// runs) and the [data-site-menu-panel] it controls. Wide screens never fold the menu:
// the CSS shows the panel and hides the button from 64em up.

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

    setOpen(false);
    root.classList.add("site-header--enhanced");
    toggle.hidden = false;
    toggle.addEventListener("click", onClick);
    root.addEventListener("keydown", onKeydown);
    WIDE.addEventListener("change", onWidthChange);

    return () => {
        toggle.removeEventListener("click", onClick);
        root.removeEventListener("keydown", onKeydown);
        WIDE.removeEventListener("change", onWidthChange);
        root.classList.remove("site-header--enhanced");
        panel.classList.remove("site-header__menu--open");
        toggle.setAttribute("aria-expanded", "false");
        toggle.hidden = true;
    };
}
