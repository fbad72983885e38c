// "Open now" or "Closed now" above a week of opening hours, by the Tokyo clock, kept up to date
// every minute. The page is cached, so the server cannot say it; without this module the
// line stays hidden and the week is still there.
//
// Markup: [data-opening-hours] holds the week as JSON ([{day: 0–6 Monday first, opens:
// "HH:MM", closes: "HH:MM"}], core/opening_hours.py, whose is_open_at is the same rule), and
// the two texts in data-open-text and data-closed-text.

const WEEKDAYS = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };
const TOKYO = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Tokyo",
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
});

export function tokyoClock(date) {
    const parts = Object.fromEntries(TOKYO.formatToParts(date).map((part) => [part.type, part.value]));
    return { day: WEEKDAYS[parts.weekday], time: `${parts.hour}:${parts.minute}` };
}

export function isOpenAt(entries, date) {
    const { day, time } = tokyoClock(date);
    return entries.some((entry) => entry.day === day && entry.opens <= time && time < entry.closes);
}

export function init(root) {
    let entries;
    try {
        entries = JSON.parse(root.dataset.openingHours);
    } catch {
        return () => {};
    }
    const update = () => {
        const open = isOpenAt(entries, new Date());
        root.textContent = open ? root.dataset.openText : root.dataset.closedText;
        root.dataset.state = open ? "open" : "closed";
        root.hidden = false;
    };
    update();
    const timer = window.setInterval(update, 60_000);
    return () => window.clearInterval(timer);
}
