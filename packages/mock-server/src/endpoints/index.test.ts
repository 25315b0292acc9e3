/**
 * @module
 * The endpoint declarations against the spec: every endpoint of `ENDPOINTS` is declared, in
 * the spec's order, and served at its path and the same with a trailing slash, for each of
 * its methods. The package is loaded while the file is collected (no time limit; inside a test,
 * transforming the whole mock on a loaded CI machine could take the test's 5 s), and a
 * throw while it loads is kept, so a declaration that throws fails these tests by name
 * rather than only the file, with no test failing.
 */
import { ENDPOINTS, readCode } from '@sendsms/wire'
import { describe, expect, it } from 'vitest'

const loading = await import('../index.js').then(
  (loaded) => ({ loaded }),
  (error: unknown) => ({ error }),
)

/** The package, or the error it threw while loading. */
function mockPackage(): typeof import('../index.js') {
  if ('error' in loading) throw loading.error
  return loading.loaded
}

describe('PROVIDER_ENDPOINTS', () => {
  it('declares every endpoint of the spec, in its order, at its path with and without a trailing slash', async () => {
    const { PROVIDER_ENDPOINTS } = mockPackage()
    expect(
      PROVIDER_ENDPOINTS.map(({ name, paths, methods }) => ({ name, paths, methods })),
    ).toEqual(
      Object.entries(ENDPOINTS).map(([name, { path, methods }]) => ({
        name,
        paths: [path, `${path}/`],
        methods,
      })),
    )
  })

  it('serves each of them at both paths, for each of its methods', async () => {
    const { createMock, PROVIDER_ENDPOINTS } = mockPackage()
    const mock = createMock()
    const answers: [string, string, number | undefined][] = []
    for (const { paths, methods } of PROVIDER_ENDPOINTS) {
      for (const path of paths) {
        for (const method of methods) {
          const res = await mock.app.request(path, { method })
          expect(res.status).toBe(200)
          answers.push([method, path, readCode(await res.json())])
        }
      }
    }
    // No parameters: the first check of each endpoint refuses the request.
    const expected = Object.values(ENDPOINTS).flatMap(({ path, methods }) =>
      [path, `${path}/`].flatMap((p) =>
        methods.map((m): [string, string, number] => [m, p, p.includes('sendbulk') ? 4093 : 4092]),
      ),
    )
    expect(answers).toEqual(expected)
  })
})
