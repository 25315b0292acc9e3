/**
 * @module
 * The provider's response codes and their exact descriptions, for users who want to
 * print or match a code without a network round trip. Generated from the OpenAPI document
 * into `@sendsms/wire`; re-exported so `@sendsms/client` users need no second import.
 */
export { describeCode, RESPONSE_CODES, type ResponseCode } from '@sendsms/wire'
