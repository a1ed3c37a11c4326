"""Keyboard-only use of a page in Chromium: visible focus, and filling a form with keys alone.

The audit uses these to prove that every focusable element shows where focus is, and
that each survey can be completed by someone who never touches a mouse.
"""

from __future__ import annotations

# True when the focused element (or, for radios and checkboxes, its label's drawn
# box) has an outline, a box shadow or the yellow focus background.
FOCUS_VISIBLE_JS = """() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return false;
    const styles = [getComputedStyle(el)];
    const label = el.id && document.querySelector(`label[for="${CSS.escape(el.id)}"]`);
    if (label) { styles.push(getComputedStyle(label, '::before'), getComputedStyle(label, '::after')); }
    return styles.some(s => (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
            && s.outlineColor !== 'rgba(0, 0, 0, 0)')
        || (s.boxShadow && s.boxShadow !== 'none')
        || (s.backgroundColor === 'rgb(255, 221, 0)'));
}"""

# Who has focus: a stable number for the element (so a full cycle can be spotted) and words.
DESCRIBE_FOCUS_JS = """() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    if (!el.dataset.auditFocus) {
        window.__auditFocus = (window.__auditFocus || 0) + 1;
        el.dataset.auditFocus = window.__auditFocus;
    }
    const text = (el.innerText || el.value || el.getAttribute('aria-label') || el.name || '').trim();
    return {id: el.dataset.auditFocus,
            text: `<${el.tagName.toLowerCase()}${el.id ? ' id=' + el.id : ''}> ${text.slice(0, 60)}`};
}"""

# Move the focus navigation starting point to the top of the page, as on a fresh load.
RESET_FOCUS_JS = """() => {
    const marker = document.createElement('span');
    marker.tabIndex = -1;
    document.body.prepend(marker);
    marker.focus();
    marker.remove();
}"""

# The fields of a form, in order, each tagged so it can be found again.
FORM_FIELDS_JS = """(form) => {
    const visible = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
    const fields = [];
    const groups = new Set();
    form.querySelectorAll('input, textarea, select').forEach((el, index) => {
        const type = (el.getAttribute('type') || el.tagName).toLowerCase();
        if (['hidden', 'submit', 'button', 'reset', 'image'].includes(type) || el.disabled) return;
        // A field kept out of the tab order (a trap for spam robots) is not for people to fill.
        if (el.tabIndex < 0 || el.closest('[aria-hidden="true"]')) return;
        if (!visible(el) && !['radio', 'checkbox'].includes(type)) return;
        el.dataset.auditField = String(index);
        if (type === 'radio' || type === 'checkbox') {
            if (groups.has(el.name)) return;
            groups.add(el.name);
            const group = [...form.querySelectorAll(`input[name="${CSS.escape(el.name)}"]`)];
            fields.push({kind: type, name: el.name, done: group.some(g => g.checked)});
        } else {
            fields.push({kind: type, name: el.name || '', id: String(index), done: !!el.value,
                         autocomplete: el.getAttribute('autocomplete') || ''});
        }
    });
    return fields;
}"""

SAMPLE_TEXT = "This answer was written by the accessibility audit."


class KeyboardProblem(Exception):
    """Something a keyboard user could not do."""


def focus_visible(page) -> bool:
    return bool(page.evaluate(FOCUS_VISIBLE_JS))


def reset_focus(page) -> None:
    page.evaluate(RESET_FOCUS_JS)


def focus_sweep(page, *, max_tabs: int = 150) -> tuple[int, list[str]]:
    """Tab through the whole page once; return how many stops, and any without visible focus."""
    reset_focus(page)
    seen: list[str] = []
    problems: list[str] = []
    for _ in range(max_tabs):
        page.keyboard.press("Tab")
        described = page.evaluate(DESCRIBE_FOCUS_JS)
        if described is None or (seen and described["id"] == seen[0]):
            break
        if described["id"] in seen:
            continue
        seen.append(described["id"])
        if not focus_visible(page):
            problems.append(f"no visible focus on {described['text']}")
    else:
        problems.append(f"focus did not come back round after {max_tabs} presses of Tab")
    reset_focus(page)
    return len(seen), problems


def tab_until(page, test_js: str, arg=None, *, what: str, max_tabs: int = 120) -> None:
    """Press Tab until the focused element passes test_js(activeElement, arg)."""
    script = f"(arg) => {{ const el = document.activeElement; return !!el && ({test_js}); }}"
    for _ in range(max_tabs):
        if page.evaluate(script, arg):
            if not focus_visible(page):
                raise KeyboardProblem(f"{what} has focus but no visible focus indicator")
            return
        page.keyboard.press("Tab")
    raise KeyboardProblem(f"could not reach {what} with the Tab key")


def _sample_for(field: dict) -> str:
    kind, name, auto = field["kind"], field["name"].lower(), field.get("autocomplete", "")
    if kind == "email" or "email" in name or auto == "email":
        return "audit@example.com"
    if kind == "password":
        return "not-a-real-password"
    if kind == "number" or name.endswith(("-day", "-month")):
        return "1"
    if name.endswith("-year"):
        return "2010"
    if kind == "tel":
        return "01632 960000"
    return SAMPLE_TEXT if kind == "textarea" else "Accessibility audit"


def fill_by_keyboard(page, form) -> list[str]:
    """Answer every empty question in the form using only Tab, arrows, Space and typing."""
    done = []
    fields = form.evaluate(FORM_FIELDS_JS)
    for field in fields:
        if field["done"]:
            continue
        if field["kind"] in ("radio", "checkbox"):
            tab_until(page, "el.name === arg && el.type === '" + field["kind"] + "'", field["name"],
                      what=f"the {field['kind']} buttons for {field['name']!r}")
            page.keyboard.press("Space")
        elif field["kind"] == "select":
            tab_until(page, "el.dataset.auditField === arg", field["id"], what=f"the list {field['name']!r}")
            page.keyboard.press("ArrowDown")
        else:
            tab_until(page, "el.dataset.auditField === arg", field["id"], what=f"the box {field['name']!r}")
            page.keyboard.type(_sample_for(field))
        done.append(field["name"])
    return done


def press_by_keyboard(page, button_handle, *, what: str):
    """Tab to the button and press Enter; return the navigation's response."""
    button_handle.evaluate("b => { b.dataset.auditButton = '1'; }")
    tab_until(page, "el.dataset.auditButton === '1'", what=what)
    with page.expect_navigation() as navigation:
        page.keyboard.press("Enter")
    return navigation.value
