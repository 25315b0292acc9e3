/**
 * @module
 * The timers of the mock's clock: a binary min-heap by due time, ties in the order they
 * were set, so work that falls due runs in time order whether the clock is real (one
 * platform timer for the earliest) or virtual (everything up to the time advanced to).
 * A heap rather than a sorted list: a bulk send to an account with a callback URL sets a
 * thousand timers at once, each added in O(log n).
 */

/**
 * One timer: the work to run once the clock reaches `at`.
 * @example
 * const timer: ClockTimer = { at: Date.parse('2030-01-01T00:00:20Z'), seq: 1, run: () => post() }
 */
export interface ClockTimer {
  /** When it falls due, in milliseconds since the epoch. */
  at: number
  /** Order of setting, which breaks ties between timers due at the same time. */
  seq: number
  /** The work; a promise it returns is awaited when the clock is advanced. */
  run: () => unknown
}

function earlier(a: ClockTimer, b: ClockTimer): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq)
}

/**
 * Timers ordered by due time.
 * @example
 * const heap = new TimerHeap()
 * heap.push({ at: 20, seq: 1, run })
 * heap.peek()?.at // 20
 */
export class TimerHeap {
  #items: ClockTimer[] = []

  /** Timers held. */
  get size(): number {
    return this.#items.length
  }

  /** The earliest timer, left in place. */
  peek(): ClockTimer | undefined {
    return this.#items[0]
  }

  /** Adds a timer. */
  push(timer: ClockTimer): void {
    const items = this.#items
    items.push(timer)
    let index = items.length - 1
    while (index > 0) {
      const parent = (index - 1) >> 1
      if (!earlier(timer, items[parent] as ClockTimer)) break
      items[index] = items[parent] as ClockTimer
      index = parent
    }
    items[index] = timer
  }

  /** Takes the earliest timer out. */
  pop(): ClockTimer | undefined {
    const items = this.#items
    const top = items[0]
    const last = items.pop()
    if (top === undefined || last === undefined || items.length === 0) return top
    let index = 0
    for (;;) {
      const left = 2 * index + 1
      if (left >= items.length) break
      const right = left + 1
      const child =
        right < items.length && earlier(items[right] as ClockTimer, items[left] as ClockTimer)
          ? right
          : left
      if (!earlier(items[child] as ClockTimer, last)) break
      items[index] = items[child] as ClockTimer
      index = child
    }
    items[index] = last
    return top
  }

  /** Drops every timer. */
  clear(): void {
    this.#items = []
  }
}
