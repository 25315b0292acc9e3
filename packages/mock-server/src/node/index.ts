/**
 * @module
 * `@sendsms/mock-server/node`: the mock on a Node.js socket, and its request log writer.
 * Re-exports only.
 */

export { LOG_FORMATS, type LogFormat } from '../log/log-format.js'
export { DEFAULT_HOST, DEFAULT_PORT } from './listen-defaults.js'
export {
  createRequestLogWriter,
  type LogWriterOptions,
  type RequestLogWriter,
} from './request-log-writer.js'
export { type RunningMock, type StartOptions, startMockServer } from './start-mock-server.js'
