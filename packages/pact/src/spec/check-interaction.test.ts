/**
 * @module
 * Proves the spec check can fail: a good interaction passes, and each way of breaking
 * it is reported. Without this, an always-empty check would pass every pact.
 */
import { describe, expect, it } from 'vitest'
import type { PactInteraction } from '../pact-files/read-pact-files.js'
import { checkInteraction } from './check-interaction.js'

const json = (content: unknown) => ({ content, contentType: 'application/json', encoded: false })

const good: PactInteraction = {
  type: 'Synchronous/HTTP',
  description: 'a POST send to one valid number',
  request: {
    method: 'POST',
    path: '/api/services/sendsms',
    body: json({
      apikey: 'sandbox-api-key',
      partnerID: '12345',
      shortcode: 'SANDBOX',
      message: 'Hello',
      mobile: '254712345678',
    }),
  },
  response: {
    status: 200,
    body: json({
      responses: [
        {
          'response-code': 200,
          'response-description': 'Success',
          mobile: 254712345678,
          messageid: 100000001,
          networkid: 1,
        },
      ],
    }),
  },
}

const goodGet: PactInteraction = {
  ...good,
  request: {
    method: 'GET',
    path: '/api/services/sendsms/',
    query: {
      apikey: ['sandbox-api-key'],
      partnerID: ['12345'],
      shortcode: ['SANDBOX'],
      message: ['Hello'],
      mobile: ['254712345678'],
      timeToSend: ['2030-09-01 18:00'],
    },
  },
}

const error1006 = json({ 'response-code': 1006, 'response-description': 'Invalid credentials' })

const credentials = { apikey: 'sandbox-api-key', partnerID: '12345' }

const balance: PactInteraction = {
  type: 'Synchronous/HTTP',
  description: 'a POST balance request',
  request: { method: 'POST', path: '/api/services/getbalance', body: json(credentials) },
  response: {
    status: 200,
    body: json({ 'response-code': 200, credit: '545.00', 'partner-id': '12345' }),
  },
}

const report: PactInteraction = {
  type: 'Synchronous/HTTP',
  description: 'a GET report request',
  request: {
    method: 'GET',
    path: '/api/services/getdlr',
    query: { apikey: ['sandbox-api-key'], partnerID: ['12345'], messageID: ['100000001'] },
  },
  response: {
    status: 200,
    body: json({
      'response-code': 200,
      'message-id': '100000001',
      'response-description': 'Success',
      'delivery-status': 32,
      'delivery-description': 'DeliveredToTerminal',
      'delivery-tat': '00:00:20',
      'delivery-networkid': 1,
      'delivery-time': '2030-01-01 09:00:20',
    }),
  },
}

const noDlr = json({ 'response-code': 1009, 'response-description': 'No dlr' })

const bulk: PactInteraction = {
  type: 'Synchronous/HTTP',
  description: 'a bulk send',
  request: {
    method: 'POST',
    path: '/api/services/sendbulk',
    body: json({
      count: 1,
      smslist: [
        {
          ...credentials,
          shortcode: 'SANDBOX',
          clientsmsid: 1001,
          mobile: '254712345678',
          message: 'Hi',
        },
      ],
    }),
  },
  response: {
    status: 200,
    body: json({
      responses: [
        {
          'response-code': 200,
          'response-description': 'Success',
          mobile: '254712345678',
          messageid: '100000001',
          clientsmsid: 1001,
          networkid: 1,
        },
      ],
    }),
  },
}

const hashed: PactInteraction = {
  type: 'Synchronous/HTTP',
  description: 'a hashed send',
  request: {
    method: 'POST',
    path: '/api/services/sendotp',
    body: json({
      ...credentials,
      shortcode: 'SANDBOX',
      message: 'Hi',
      mobile: '7132104d6aae9c3fac82095a42c2817952bca48e09d98d5bf4ac08218982fb90',
      hashed: true,
    }),
  },
  response: {
    status: 200,
    body: json({
      responses: [
        {
          'response-code': 200,
          'response-description': 'Success',
          mobile: '7132104d6aae9c3fac82095a42c2817952bca48e09d98d5bf4ac08218982fb90',
          messageid: '100000001',
          networkid: 1,
        },
      ],
    }),
  },
}

const lowCreditRow = {
  'response-code': 1004,
  'response-description': 'Low credit units to send message, Current balance 0.00, Required 1',
  mobile: '0708467001',
}

const unsupported = json({
  'response-code': 1010,
  'response-description': 'Unsupported request type',
})

describe('checkInteraction', () => {
  it.each([
    ['a POST answered with rows', good],
    ['a GET on the trailing-slash path', goodGet],
    [
      'a request without apikey answered with a top-level 4092',
      {
        ...good,
        request: {
          ...good.request,
          body: json({ partnerID: '12345', message: 'Hi', mobile: '1' }),
        },
        response: {
          status: 200,
          body: json({ 'response-code': 4092, 'response-description': 'No API KEY Provided' }),
        },
      },
    ],
    [
      'an answer with the misspelled code key',
      {
        ...good,
        response: {
          status: 200,
          body: json({ 'respose-code': 1006, 'response-description': 'Invalid credentials' }),
        },
      },
    ],
    ['a balance request answered with the credit', balance],
    ['a report request answered with the report', report],
    [
      'a report request answered "No dlr", the wording of the getdlr page',
      { ...report, response: { status: 200, body: noDlr } },
    ],
    ['a bulk send answered with rows echoing clientsmsid', bulk],
    ['a hashed send answered with the hash echoed', hashed],
    [
      'a low-credit row on sendbulk, worded as the live capture of a send shows it',
      {
        ...bulk,
        response: {
          status: 200,
          body: json({ responses: [{ ...lowCreditRow, clientsmsid: 1001 }] }),
        },
      },
    ],
    [
      'a GET balance request on the trailing-slash path',
      {
        ...balance,
        request: {
          method: 'GET',
          path: '/api/services/getbalance/',
          query: { apikey: ['k'], partnerID: ['1'] },
        },
      },
    ],
    [
      'a PUT answered with the top-level 1010 the spec gives other methods',
      {
        ...good,
        request: { ...good.request, method: 'PUT' },
        response: { status: 200, body: unsupported },
      },
    ],
    [
      'a GET on the POST-only sendbulk answered with 1010',
      {
        ...bulk,
        request: { method: 'GET', path: '/api/services/sendbulk/', query: { apikey: ['k'] } },
        response: { status: 200, body: unsupported },
      },
    ],
  ] satisfies [string, PactInteraction][])('accepts %s', (_name, interaction) => {
    expect(checkInteraction(interaction)).toEqual([])
  })

  it.each([
    [
      'a path the spec does not have',
      { ...good, request: { ...good.request, path: '/api/services/sendsmss' } },
      /path \/api\/services\/sendsmss is not a path/,
    ],
    [
      'a method other than GET or POST answered as if it were a send',
      { ...good, request: { ...good.request, method: 'PUT' } },
      /PUT \/api\/services\/sendsms has no operation in the spec, so its answer must be .*1010/,
    ],
    [
      'a status other than 200',
      { ...good, response: { ...good.response, status: 500 } },
      /status is 500/,
    ],
    [
      'an undocumented code',
      {
        ...good,
        response: {
          status: 200,
          body: json({ 'response-code': 999, 'response-description': 'Nope' }),
        },
      },
      /response body/,
    ],
    ['an answer with no body', { ...good, response: { status: 200 } }, /response body/],
    [
      'a row without a description',
      {
        ...good,
        response: {
          status: 200,
          body: json({ responses: [{ 'response-code': 200, mobile: 254712345678 }] }),
        },
      },
      /response body/,
    ],
    [
      'a description that differs from the spec',
      {
        ...good,
        response: {
          status: 200,
          body: {
            ...error1006,
            content: { 'response-code': 1006, 'response-description': 'Bad key' },
          },
        },
      },
      /code 1006 is described as "Bad key"/,
    ],
    [
      'a GET query key the spec does not list',
      {
        ...goodGet,
        request: { ...goodGet.request, query: { ...goodGet.request.query, apiKey: ['x'] } },
      },
      /query parameter apiKey is not a parameter/,
    ],
    [
      'a successful send whose request lacks mobile',
      {
        ...good,
        request: {
          ...good.request,
          body: json({ apikey: 'k', partnerID: '1', shortcode: 'S', message: 'Hi' }),
        },
      },
      /request of a successful answer/,
    ],
    [
      'a successful GET whose query lacks message',
      {
        ...goodGet,
        request: {
          ...goodGet.request,
          query: { apikey: ['k'], partnerID: ['1'], shortcode: ['S'], mobile: ['254712345678'] },
        },
      },
      /request of a successful answer/,
    ],
    [
      'a path next to a spec path',
      { ...balance, request: { ...balance.request, path: '/api/services/getbalances' } },
      /path \/api\/services\/getbalances is not a path/,
    ],
    [
      'a path that is no endpoint',
      { ...balance, request: { ...balance.request, path: '/api/services' } },
      /path \/api\/services is not a path/,
    ],
    [
      "a path of the mock's control API",
      { ...balance, request: { ...balance.request, path: '/__mock/reset' } },
      /path \/__mock\/reset is not a path/,
    ],
    [
      'a GET on sendbulk, which is POST only',
      {
        ...bulk,
        request: { method: 'GET', path: '/api/services/sendbulk', query: { count: ['1'] } },
      },
      /GET \/api\/services\/sendbulk has no operation in the spec, so its answer must be/,
    ],
    [
      'getdlr\'s "No dlr" answered by a send',
      { ...good, response: { status: 200, body: noDlr } },
      /code 1009 is described as "No dlr"/,
    ],
    [
      'a report without its delivery description',
      {
        ...report,
        response: {
          status: 200,
          body: json({ 'response-code': 200, 'message-id': '1', 'delivery-status': 32 }),
        },
      },
      /response body/,
    ],
    [
      'a status the spec does not list',
      {
        ...report,
        response: {
          status: 200,
          body: json({
            'response-code': 200,
            'message-id': '1',
            'delivery-status': 32,
            'delivery-description': 'Delivered',
          }),
        },
      },
      /response body/,
    ],
    [
      'a balance answer without the credit',
      {
        ...balance,
        response: { status: 200, body: json({ 'response-code': 200, 'partner-id': '12345' }) },
      },
      /response body/,
    ],
    [
      'a bulk answer whose row has a messageid of the wrong type',
      {
        ...bulk,
        response: {
          status: 200,
          body: json({
            responses: [
              { 'response-code': 200, 'response-description': 'Success', messageid: true },
            ],
          }),
        },
      },
      /response body/,
    ],
    [
      'a successful bulk send whose request has no smslist',
      { ...bulk, request: { ...bulk.request, body: json({ count: 1 }) } },
      /request of a successful answer/,
    ],
    [
      'a successful report whose query lacks messageID',
      { ...report, request: { ...report.request, query: { apikey: ['k'], partnerID: ['1'] } } },
      /request of a successful answer/,
    ],
    [
      'a report query key spelt differently from the spec',
      {
        ...report,
        request: { ...report.request, query: { ...report.request.query, messageId: ['1'] } },
      },
      /query parameter messageId is not a parameter/,
    ],
    [
      'a low-credit row worded differently from the spec',
      {
        ...good,
        response: {
          status: 200,
          body: json({ responses: [{ ...lowCreditRow, 'response-description': 'Low credit' }] }),
        },
      },
      /code 1004 is described as "Low credit"/,
    ],
  ] satisfies [string, PactInteraction, RegExp][])('reports %s', (_name, interaction, problem) => {
    const problems = checkInteraction(interaction)
    expect(
      problems.some((p) => problem.test(p)),
      problems.join('\n'),
    ).toBe(true)
  })
})
