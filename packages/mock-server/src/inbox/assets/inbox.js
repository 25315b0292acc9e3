/*
 * The inbox page of the Advanta SMS mock. Plain JavaScript, no framework, no build step:
 * the mock serves this file as it is. Every text that comes from a message, a number or a
 * request is put on the page with `textContent` (never as HTML), so markup in a message is
 * shown, not run; the page's Content-Security-Policy allows no other script anyway.
 *
 * One file, longer than the repository's modules: with no build step and no module loader
 * the page loads one script, and its parts (the list, the conversation, the phone view, the
 * event stream, the controls) share one small state.
 */
;(() => {
  const base = document.body.dataset.base || '/__mock'
  const namespaced = base !== '/__mock'
  const $ = (id) => document.getElementById(id)
  const ui = {
    q: $('q'),
    status: $('status'),
    namespace: $('namespace'),
    namespaceField: $('namespace-field'),
    list: $('conversations'),
    summary: $('summary'),
    detail: $('detail'),
    older: $('older'),
    newest: $('newest'),
    clockNow: $('clock-now'),
    clockKind: $('clock-kind'),
    advanceForm: $('advance-form'),
    advanceBy: $('advance-by'),
    reset: $('reset'),
    live: $('live'),
    stream: $('stream'),
    where: $('where'),
  }
  const state = {
    before: null,
    selected: null,
    view: 'messages',
    clock: null,
    rows: [],
    detail: null,
    listTimer: 0,
    dueTimer: 0,
    seq: 0,
  }

  // Characters a handset shows as nothing (or that reorder text), made visible in the
  // phone view.
  const INVISIBLE = new Map([
    ['\u00ad', 'SHY'],
    ['\u200b', 'ZWSP'],
    ['\u200c', 'ZWNJ'],
    ['\u200d', 'ZWJ'],
    ['\u200e', 'LRM'],
    ['\u200f', 'RLM'],
    ['\u202a', 'LRE'],
    ['\u202b', 'RLE'],
    ['\u202c', 'PDF'],
    ['\u202d', 'LRO'],
    ['\u202e', 'RLO'],
    ['\u2060', 'WJ'],
    ['\u2066', 'LRI'],
    ['\u2067', 'RLI'],
    ['\u2068', 'FSI'],
    ['\u2069', 'PDI'],
    ['\ufeff', 'BOM'],
  ])
  const INVISIBLE_RUN = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/

  /** An element with a class, text and attributes; children appended. Never HTML. */
  function el(tag, props, ...children) {
    const node = document.createElement(tag)
    if (props) {
      for (const [key, value] of Object.entries(props)) {
        if (value === undefined || value === null || value === false) continue
        if (key === 'text') node.textContent = String(value)
        else if (key === 'className') node.className = value
        else node.setAttribute(key, value === true ? '' : String(value))
      }
    }
    for (const child of children) {
      if (child !== undefined && child !== null && child !== false) node.append(child)
    }
    return node
  }

  // The control path of the mock the page acts on: the namespace chosen at the root, or
  // the page's own.
  function controlBase() {
    const chosen = ui.namespace.value
    if (namespaced || chosen === '' || chosen === '.') return base
    return `/ns/${encodeURIComponent(chosen)}/__mock`
  }

  const timeFormat = (() => {
    try {
      return new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Africa/Nairobi',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      })
    } catch {
      return undefined
    }
  })()

  /** A time as the provider shows it: East Africa Time. */
  function eat(iso) {
    if (!iso) return ''
    const date = new Date(iso)
    if (Number.isNaN(date.getTime())) return String(iso)
    if (!timeFormat) return `${date.toISOString().replace('T', ' ').slice(0, 19)} UTC`
    const parts = Object.fromEntries(timeFormat.formatToParts(date).map((p) => [p.type, p.value]))
    return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second} EAT`
  }

  function timeEl(iso) {
    return el('time', { datetime: iso, text: eat(iso) })
  }

  function recipientLabel(recipient) {
    if (recipient === '') return '(no number)'
    if (/^254\d{9}$/.test(recipient)) {
      return `+254 ${recipient.slice(3, 6)} ${recipient.slice(6, 9)} ${recipient.slice(9)}`
    }
    if (/^[0-9a-f]{64}$/.test(recipient)) return `hash ${recipient.slice(0, 12)}…`
    return recipient
  }

  const BADGE_MARKS = {
    Scheduled: '⏲',
    SentToNetwork: '…',
    DeliveredToTerminal: '✓',
    AbsentSubscriber: '✕',
    DeliveryImpossible: '✕',
    'SenderName Blacklisted': '⛔',
    Unknown: '?',
  }

  function badge(delivery) {
    const name = delivery?.description ?? 'Unknown'
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-')
    return el(
      'span',
      { className: `badge badge-${slug}`, 'data-status': name },
      el('span', { 'aria-hidden': 'true', text: BADGE_MARKS[name] ?? '•' }),
      el('span', { text: name }),
    )
  }

  async function getJson(path) {
    const res = await fetch(path, { headers: { accept: 'application/json' } })
    const body = await res.json().catch(() => ({}))
    if (!res.ok) throw new Error(body.message || `HTTP ${res.status}`)
    return body
  }

  async function postJson(path, body) {
    const init = { method: 'POST' }
    if (body !== undefined) {
      init.headers = { 'content-type': 'application/json' }
      init.body = JSON.stringify(body)
    }
    const res = await fetch(path, init)
    const answer = await res.json().catch(() => ({}))
    if (!res.ok) throw new Error(answer.message || `HTTP ${res.status}`)
    return answer
  }

  function say(text) {
    ui.stream.textContent = text
  }

  function showClock(clock) {
    if (!clock) return
    state.clock = clock
    ui.clockNow.dateTime = clock.now
    ui.clockNow.textContent = eat(clock.now)
    ui.clockKind.textContent = clock.virtual ? 'virtual' : 'real time'
  }

  function fillSelect(select, values, labelOf) {
    const current = select.value
    const fixed = [...select.options].filter(
      (o) => o.dataset.fixed === 'true' || o.value === '' || o.value === '.',
    )
    for (const option of fixed) option.dataset.fixed = 'true'
    const wanted = values.map(String)
    const have = [...select.options].filter((o) => o.dataset.fixed !== 'true').map((o) => o.value)
    if (have.join('\n') === wanted.join('\n')) return
    for (const option of [...select.options]) if (option.dataset.fixed !== 'true') option.remove()
    for (const value of wanted) select.append(el('option', { value, text: labelOf(value) }))
    select.value = wanted.includes(current) || current === '' || current === '.' ? current : ''
  }

  function rowKey(row) {
    return `${row.namespace ?? '.'}|${row.recipient}`
  }

  function renderRows(rows) {
    const focusedKey = document.activeElement?.closest?.('li')?.dataset.key
    ui.list.replaceChildren()
    for (const row of rows) {
      const key = rowKey(row)
      const selected = state.selected && rowKey(state.selected) === key
      const button = el(
        'button',
        {
          type: 'button',
          className: 'row',
          'aria-current': selected ? 'true' : undefined,
          'aria-label': `${recipientLabel(row.recipient)}, ${row.count} message${row.count === 1 ? '' : 's'}, ${row.last.delivery.description}`,
        },
        el('span', { className: 'who', text: recipientLabel(row.recipient) }),
        el('span', { className: 'when' }, timeEl(row.last.receivedAt)),
        el('span', { className: 'preview', dir: 'auto', text: row.last.preview }),
        el(
          'span',
          { className: 'meta' },
          badge(row.last.delivery),
          el('span', { className: 'tag', text: `${row.count} msg` }),
          el('span', { className: 'tag', text: `from ${row.last.shortcode}` }),
          row.namespace === null
            ? null
            : el('span', { className: 'tag', text: `ns ${row.namespace}` }),
        ),
      )
      button.addEventListener('click', () => select(row))
      const item = el('li', { 'data-key': key }, button)
      ui.list.append(item)
      if (focusedKey === key) button.focus()
    }
  }

  async function loadList() {
    const seq = ++state.seq
    const params = new URLSearchParams()
    if (ui.q.value.trim()) params.set('q', ui.q.value.trim())
    if (ui.status.value) params.set('status', ui.status.value)
    if (!namespaced && ui.namespace.value) params.set('namespace', ui.namespace.value)
    if (state.before !== null) params.set('before', String(state.before))
    let page
    try {
      page = await getJson(`${base}/inbox/conversations?${params}`)
    } catch (error) {
      ui.summary.textContent = `Could not read the inbox: ${error.message}`
      return
    }
    if (seq !== state.seq) return
    state.rows = page.conversations
    showClock(page.clock)
    fillSelect(ui.status, page.statuses, (v) => v)
    if (!namespaced) fillSelect(ui.namespace, page.namespaces, (v) => v)
    const shown = page.conversations.length
    ui.summary.textContent =
      `${shown} conversation${shown === 1 ? '' : 's'} shown · ${page.held} message${page.held === 1 ? '' : 's'} held` +
      (page.partial ? ' · search stopped at its budget, more may match' : '')
    renderRows(page.conversations)
    if (shown === 0) ui.list.append(el('li', { className: 'empty', text: 'No messages yet.' }))
    ui.older.hidden = page.next === null
    ui.older.dataset.next = page.next === null ? '' : String(page.next)
    ui.newest.hidden = state.before === null
    scheduleDue()
  }

  function select(row) {
    state.selected = { namespace: row.namespace, recipient: row.recipient }
    for (const item of ui.list.children) {
      const button = item.querySelector('button')
      if (button)
        button.setAttribute('aria-current', item.dataset.key === rowKey(row) ? 'true' : 'false')
    }
    loadDetail(true)
  }

  async function loadDetail(focus) {
    const chosen = state.selected
    if (!chosen) return
    const params = new URLSearchParams({ limit: '50' })
    if (chosen.namespace !== null) params.set('namespace', chosen.namespace)
    let view
    try {
      view = await getJson(
        `${base}/inbox/conversations/${encodeURIComponent(chosen.recipient)}?${params}`,
      )
    } catch (error) {
      ui.detail.replaceChildren(el('p', { className: 'empty', text: `${error.message}` }))
      state.detail = null
      return
    }
    if (state.selected !== chosen) return
    state.detail = view
    renderDetail(view)
    if (focus) ui.detail.focus()
    scheduleDue()
  }

  function viewButton(name, label) {
    const button = el('button', {
      type: 'button',
      'aria-pressed': state.view === name ? 'true' : 'false',
      text: label,
    })
    button.addEventListener('click', () => {
      state.view = name
      if (state.detail) renderDetail(state.detail)
    })
    return button
  }

  function renderDetail(view) {
    const head = el(
      'div',
      { className: 'detail-head' },
      el(
        'h2',
        { id: 'detail-title' },
        recipientLabel(view.recipient),
        view.namespace === null
          ? null
          : el('span', { className: 'tag', text: ` ns ${view.namespace}` }),
      ),
      el(
        'div',
        { className: 'views', role: 'group', 'aria-label': 'View' },
        viewButton('messages', 'Messages'),
        viewButton('phone', 'Phone view'),
      ),
    )
    const older =
      view.older > 0
        ? el('p', { className: 'empty', text: `${view.older} older message(s) not listed.` })
        : null
    const body = state.view === 'phone' ? phoneView(view) : messagesView(view)
    ui.detail.replaceChildren(...[head, body, older].filter(Boolean))
    // A handset shows its newest message at the bottom, in view.
    const list = body.querySelector('.bubbles')
    if (list) list.scrollTop = list.scrollHeight
    ui.detail.setAttribute('aria-labelledby', 'detail-title')
  }

  function fact(list, term, ...value) {
    list.append(el('dt', { text: term }), el('dd', null, ...value))
  }

  // The characters that forced UCS-2 (or take two septets), isolated: right-to-left ones
  // would otherwise reorder the words around them.
  function charList(chars) {
    return el('bdi', { className: 'chars', text: chars.join(' ') })
  }

  function encodingText(encoding) {
    const out = document.createDocumentFragment()
    out.append(
      `${encoding.encoding} · ${encoding.parts} part${encoding.parts === 1 ? '' : 's'} of up to ${encoding.perPart} ${encoding.encoding === 'GSM-7' ? 'septets' : 'units'}`,
    )
    if (encoding.nonGsm.length > 0) out.append(', forced by ', charList(encoding.nonGsm))
    if (encoding.extended.length > 0)
      out.append(', two septets each: ', charList(encoding.extended))
    return out
  }

  function messagesView(view) {
    const list = el('ol', { className: 'messages', 'aria-label': 'Messages, newest first' })
    for (const message of view.messages) {
      const facts = el('dl', { className: 'facts' })
      fact(facts, 'Encoding', encodingText(message.encoding))
      fact(facts, 'Status since', timeEl(message.delivery.since))
      if (message.delivery.nextAt) fact(facts, 'Next change', timeEl(message.delivery.nextAt))
      if (message.sendAt) fact(facts, 'Scheduled for', timeEl(message.sendAt))
      if (message.clientsmsid !== undefined) fact(facts, 'clientsmsid', String(message.clientsmsid))
      if (message.request) {
        const r = message.request
        fact(
          facts,
          'Request',
          `#${r.seq} ${r.method} ${r.path} (${r.endpoint}) → HTTP ${r.status}${r.code === undefined ? '' : `, code ${r.code}`}`,
          el(
            'details',
            null,
            el('summary', { text: 'Parameters (no key)' }),
            el('pre', { className: 'params', text: JSON.stringify(r.params, null, 2) }),
          ),
        )
      } else {
        fact(facts, 'Request', 'no longer in the request journal')
      }
      const attempts = message.callbacks
      if (attempts.length > 0) {
        const table = el(
          'table',
          { className: 'attempts' },
          el('caption', { className: 'visually-hidden', text: 'Callback attempts' }),
          el(
            'thead',
            null,
            el(
              'tr',
              null,
              ...['#', 'At', 'Answer', 'Result', 'Retry at'].map((t) =>
                el('th', { scope: 'col', text: t }),
              ),
            ),
          ),
        )
        const tbody = el('tbody')
        for (const a of attempts) {
          tbody.append(
            el(
              'tr',
              null,
              el('td', { text: a.attempt }),
              el('td', null, timeEl(a.at)),
              el('td', { text: a.status === null ? a.error : `HTTP ${a.status}` }),
              el('td', { text: a.result }),
              el('td', null, a.retryAt ? timeEl(a.retryAt) : '—'),
            ),
          )
        }
        table.append(tbody)
        fact(facts, 'Callbacks', table)
      } else {
        fact(facts, 'Callbacks', 'none')
      }
      list.append(
        el(
          'li',
          { className: 'message' },
          el(
            'div',
            { className: 'message-head' },
            badge(message.delivery),
            el('strong', { text: `From ${message.shortcode}` }),
            timeEl(message.receivedAt),
            el('span', {
              text: `id ${message.messageId} · ${message.endpoint} · partner ${message.partnerID}`,
            }),
          ),
          el('p', { className: 'text', dir: 'auto', text: message.text }),
          message.truncated
            ? el('p', {
                className: 'empty',
                text: `Shown: the first ${message.text.length} of ${message.length} characters.`,
              })
            : null,
          facts,
        ),
      )
    }
    return list
  }

  /** Text with the invisible characters shown as labelled marks. */
  function visibleText(text) {
    const out = document.createDocumentFragment()
    if (!INVISIBLE_RUN.test(text)) {
      out.append(text)
      return out
    }
    let run = ''
    for (const char of text) {
      const name = INVISIBLE.get(char)
      if (name === undefined) {
        run += char
        continue
      }
      if (run) out.append(run)
      run = ''
      out.append(
        el('span', {
          className: 'invisible',
          title: `U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
          text: name,
        }),
      )
    }
    if (run) out.append(run)
    return out
  }

  function phoneView(view) {
    const sender = view.messages[0]?.shortcode ?? ''
    const bubbles = el('ol', {
      className: 'bubbles',
      'aria-label': 'Messages as the handset shows them, oldest first',
    })
    for (const message of [...view.messages].reverse()) {
      const bubble = el('div', { className: 'bubble', dir: 'auto' })
      const parts = message.partTexts
      parts.forEach((text, i) => {
        const part = el('span', { className: 'part' })
        if (parts.length > 1)
          part.append(
            el('span', {
              className: 'part-label',
              text: `part ${i + 1} of ${message.encoding.parts}`,
            }),
          )
        part.append(visibleText(text))
        bubble.append(part)
      })
      const caption = el(
        'p',
        { className: 'caption' },
        el('span', {
          className: message.encoding.encoding === 'UCS-2' ? 'ucs2' : 'gsm',
          text: message.encoding.encoding,
        }),
        ` · ${message.encoding.parts} part${message.encoding.parts === 1 ? '' : 's'}`,
        message.encoding.nonGsm.length > 0 ? ' · UCS-2 because of ' : '',
        message.encoding.nonGsm.length > 0 ? charList(message.encoding.nonGsm) : '',
        ` · ${eat(message.receivedAt)} · `,
        badge(message.delivery),
      )
      bubbles.append(el('li', { className: 'bubble-wrap' }, bubble, caption))
    }
    return el(
      'div',
      { className: 'phone', role: 'region', 'aria-label': 'Phone view' },
      el(
        'div',
        { className: 'phone-top' },
        el('div', { className: 'sender', text: sender }),
        el('div', { className: 'to', text: `to ${recipientLabel(view.recipient)}` }),
      ),
      bubbles,
    )
  }

  // Reads the list again soon, once for a burst of events.
  function refreshSoon(detail) {
    if (state.listTimer) return
    state.listTimer = setTimeout(() => {
      state.listTimer = 0
      loadList()
      if (detail && state.selected) loadDetail(false)
    }, 120)
  }

  // On a real clock, statuses change with no event: look again when the next one is due.
  function scheduleDue() {
    clearTimeout(state.dueTimer)
    if (!state.clock || state.clock.virtual) return
    const times = state.rows.map((r) => r.last.delivery.nextAt)
    if (state.detail) for (const m of state.detail.messages) times.push(m.delivery.nextAt)
    const now = Date.parse(state.clock.now)
    const next = Math.min(...times.filter(Boolean).map((t) => Date.parse(t)))
    if (!Number.isFinite(next)) return
    state.dueTimer = setTimeout(
      () => refreshSoon(true),
      Math.min(Math.max(next - now, 0) + 250, 60_000),
    )
  }

  let announced = 0
  function connect() {
    if (typeof EventSource !== 'function') return
    const events = new EventSource(`${base}/events`)
    const onEvent = (event) => {
      let data = {}
      try {
        data = JSON.parse(event.data)
      } catch {}
      if (event.type === 'message') {
        announced++
        ui.live.textContent = `New message to ${recipientLabel(data.recipient)}${data.namespace ? ` in ${data.namespace}` : ''} (${announced})`
      }
      if (event.type === 'reset') {
        const ours =
          !namespaced &&
          (ui.namespace.value === '' || (data.namespace ?? '.') === ui.namespace.value)
        if (ours || namespaced) {
          state.before = null
          if (state.selected && (state.selected.namespace ?? undefined) === data.namespace) {
            state.selected = null
            state.detail = null
            ui.detail.replaceChildren(el('p', { className: 'empty', text: 'The mock was reset.' }))
          }
        }
      }
      refreshSoon(true)
    }
    for (const type of ['message', 'clock', 'callback', 'cleared', 'reset', 'resync'])
      events.addEventListener(type, onEvent)
    events.addEventListener('open', () =>
      say('Live: new messages and status changes appear as they happen.'),
    )
    events.addEventListener('error', () => {
      if (events.readyState === EventSource.CLOSED) {
        say('Live updates are unavailable; reading the inbox every 5 seconds.')
        setInterval(() => refreshSoon(true), 5000)
      } else {
        say('Reconnecting…')
      }
    })
  }

  async function advance(by) {
    try {
      const clock = await postJson(`${controlBase()}/clock`, { advance: by })
      showClock(clock)
      say(`Clock advanced by ${by}.`)
    } catch (error) {
      say(`Could not advance the clock: ${error.message}`)
    }
    refreshSoon(true)
  }

  // Arrow keys move along the list; Home and End go to its ends; Enter and Space open one
  // (they are buttons).
  ui.list.addEventListener('keydown', (event) => {
    const buttons = [...ui.list.querySelectorAll('button.row')]
    const at = buttons.indexOf(document.activeElement)
    if (at === -1) return
    let to = -1
    if (event.key === 'ArrowDown') to = Math.min(at + 1, buttons.length - 1)
    else if (event.key === 'ArrowUp') to = Math.max(at - 1, 0)
    else if (event.key === 'Home') to = 0
    else if (event.key === 'End') to = buttons.length - 1
    if (to === -1) return
    event.preventDefault()
    buttons[to].focus()
  })

  let searchTimer = 0
  ui.q.addEventListener('input', () => {
    clearTimeout(searchTimer)
    searchTimer = setTimeout(() => {
      state.before = null
      loadList()
    }, 200)
  })
  ui.q.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = ui.list.querySelector('button.row')
      if (first) {
        event.preventDefault()
        first.focus()
      }
    }
  })
  for (const select of [ui.status, ui.namespace]) {
    select.addEventListener('change', () => {
      state.before = null
      loadList()
    })
  }
  ui.older.addEventListener('click', () => {
    state.before = Number(ui.older.dataset.next)
    loadList()
  })
  ui.newest.addEventListener('click', () => {
    state.before = null
    loadList()
  })
  for (const button of document.querySelectorAll('[data-advance]')) {
    button.addEventListener('click', () => advance(button.dataset.advance))
  }
  ui.advanceForm.addEventListener('submit', (event) => {
    event.preventDefault()
    const by = ui.advanceBy.value.trim()
    if (by) advance(by)
  })
  ui.reset.addEventListener('click', async () => {
    try {
      await postJson(`${controlBase()}/reset`)
      say('The mock was reset.')
    } catch (error) {
      say(`Could not reset: ${error.message}`)
    }
    state.before = null
    state.selected = null
    state.detail = null
    ui.detail.replaceChildren(
      el('p', { className: 'empty', text: 'Choose a conversation to see its messages.' }),
    )
    loadList()
  })

  if (namespaced) {
    ui.namespaceField.hidden = true
    ui.where.textContent = `Namespace ${base.slice(4, -7)}: every message it accepted, by recipient.`
  }
  loadList()
  connect()
})()
