// Check-in page (templates/tourism/admin/checkin.html): a camera QR scanner and an offline queue.
// Progressive enhancement: without this file the page's plain forms check parties in.
//
// Every check-in (scanned, typed or ticked) goes into a queue kept in localStorage and is sent
// to the page's own URL asking for JSON. A check-in that cannot reach the server stays queued,
// shown as waiting, and is sent again every few seconds and as soon as the browser is online.
// The server treats a repeat as "already checked in", so sending twice is harmless.

const RETRY_MS = 5000;
const SCAN_MS = 300;
const SAME_CODE_MS = 4000;

export function init(root) {
    const storageKey = `checkin-queue:${location.pathname}`;
    const status = root.querySelector("[data-checkin-status]");
    const pendingList = root.querySelector("[data-checkin-pending]");
    const video = root.querySelector("[data-checkin-video]");
    const csrfToken = document.querySelector("[data-checkin-form] [name=csrfmiddlewaretoken]").value;
    let retryTimer = null;
    let sending = false;

    const load = () => JSON.parse(localStorage.getItem(storageKey) || "[]");
    const save = (queue) => localStorage.setItem(storageKey, JSON.stringify(queue));

    function render() {
        const queue = load();
        pendingList.replaceChildren(
            ...queue.map((item) => {
                const li = document.createElement("li");
                li.textContent = `${item.label} — ${root.dataset.textPending}`;
                return li;
            }),
        );
        root.dataset.pending = String(queue.length);
    }

    function say(text) {
        status.textContent = text;
    }

    function markRow(signupId, text) {
        const input = document.querySelector(`[data-checkin-form] [name=signup][value="${signupId}"]`);
        if (input) input.form.replaceWith(document.createTextNode(text));
    }

    async function flush() {
        if (sending) return;
        sending = true;
        clearTimeout(retryTimer);
        try {
            for (let queue = load(); queue.length; queue = load()) {
                const item = queue[0];
                const body = new FormData();
                body.append("csrfmiddlewaretoken", csrfToken);
                body.append(item.field, item.value);
                let response;
                try {
                    response = await fetch(location.pathname, {
                        method: "POST",
                        body,
                        headers: { Accept: "application/json", "X-CSRFToken": csrfToken },
                        credentials: "same-origin",
                    });
                } catch {
                    retryTimer = setTimeout(flush, RETRY_MS);
                    return;
                }
                if (response.status >= 500) {
                    retryTimer = setTimeout(flush, RETRY_MS);
                    return;
                }
                const result = await response.json();
                save(load().filter((queued) => queued.id !== item.id));
                say(result.message);
                if (result.ok) markRow(result.signup, result.message);
            }
        } finally {
            sending = false;
            render();
        }
    }

    function enqueue(field, value, label) {
        const queue = load();
        queue.push({ id: `${Date.now()}-${Math.random()}`, field, value, label });
        save(queue);
        render();
        flush();
    }

    for (const form of document.querySelectorAll("[data-checkin-form]")) {
        form.addEventListener("submit", (event) => {
            event.preventDefault();
            const code = form.querySelector("[name=code]");
            if (code) {
                enqueue("code", code.value.trim(), code.value.trim());
                code.value = "";
            } else {
                const signup = form.querySelector("[name=signup]");
                enqueue("signup", signup.value, form.closest("tr").cells[0].textContent.trim());
            }
        });
    }

    async function decoder() {
        if ("BarcodeDetector" in window) {
            const detector = new window.BarcodeDetector({ formats: ["qr_code"] });
            return async (source) => (await detector.detect(source))[0]?.rawValue;
        }
        if (!window.jsQR) {
            await new Promise((resolve, reject) => {
                const script = document.createElement("script");
                script.src = root.dataset.decoderSrc;
                script.onload = resolve;
                script.onerror = reject;
                document.head.append(script);
            });
        }
        const canvas = document.createElement("canvas");
        const context = canvas.getContext("2d", { willReadFrequently: true });
        return async (source) => {
            canvas.width = source.videoWidth;
            canvas.height = source.videoHeight;
            context.drawImage(source, 0, 0);
            const image = context.getImageData(0, 0, canvas.width, canvas.height);
            return window.jsQR(image.data, image.width, image.height)?.data;
        };
    }

    root.querySelector("[data-checkin-start]").addEventListener("click", async (event) => {
        let read;
        try {
            read = await decoder();
        } catch {
            say(root.dataset.textNoDecoder);
            return;
        }
        try {
            video.srcObject = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
        } catch {
            say(root.dataset.textNoCamera);
            return;
        }
        event.target.hidden = true;
        video.hidden = false;
        await video.play();
        let last = { value: null, at: 0 };
        setInterval(async () => {
            if (video.readyState < 2) return;
            const value = await read(video).catch(() => null);
            if (!value || (value === last.value && Date.now() - last.at < SAME_CODE_MS)) return;
            last = { value, at: Date.now() };
            enqueue("code", value, value.slice(0, 12));
        }, SCAN_MS);
    });

    window.addEventListener("online", flush);
    root.hidden = false;
    render();
    flush();
}

for (const root of document.querySelectorAll("[data-checkin-scanner]")) {
    init(root);
}
