/**
 * @module
 * Namespace names: which are good, what is said of a bad one, and how a path splits.
 */
import { describe, expect, it } from 'vitest'
import { isNamespaceName, namespaceNameError, splitNamespacePath } from './namespace-name.js'

describe('isNamespaceName', () => {
  it.each(['ci-job-42', 'a', 'A.b_c-9', '...', '.hidden', 'x'.repeat(64)])('takes %j', (name) => {
    expect(isNamespaceName(name)).toBe(true)
    expect(namespaceNameError(name)).toBeUndefined()
  })

  it.each([
    ['', 'empty'],
    ['x'.repeat(65), 'over 64 characters'],
    ['.', 'a path step'],
    ['..', 'a path step up'],
    ['ci job', 'a space'],
    ['a/b', 'a slash'],
    ['%41', 'an encoding'],
    ['a?b', 'a query'],
    ['a;b', 'a parameter'],
    ['é', 'non-ASCII'],
    ['a\nb', 'a line break'],
    ['ci-job-42\n', 'a trailing line break'],
  ])('refuses %j (%s), without repeating it', (name) => {
    expect(isNamespaceName(name)).toBe(false)
    const message = namespaceNameError(name)
    expect(message).toBe(
      'A namespace name is 1 to 64 of A-Z a-z 0-9 . _ - (not . or ..), as in /ns/ci-job-42/.',
    )
  })
})

describe('splitNamespacePath', () => {
  it.each([
    ['/ns/ci-job-42/api/services/sendsms', { name: 'ci-job-42', rest: '/api/services/sendsms' }],
    ['/ns/ci-job-42/__mock/messages', { name: 'ci-job-42', rest: '/__mock/messages' }],
    ['/ns/ci-job-42/', { name: 'ci-job-42', rest: '/' }],
    ['/ns/ci-job-42', { name: 'ci-job-42', rest: '/' }],
    ['/ns/', { name: '', rest: '/' }],
    ['/ns//api', { name: '', rest: '/api' }],
  ])('splits %j', (path, split) => {
    expect(splitNamespacePath(path)).toEqual(split)
  })

  it.each(['/api/services/sendsms', '/ns', '/nsx/a/b', '/NS/a/b', 'ns/a/b'])(
    'leaves %j alone',
    (path) => {
      expect(splitNamespacePath(path)).toBeUndefined()
    },
  )
})
