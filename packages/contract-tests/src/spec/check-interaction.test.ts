/**
 * @module
 * Proves the spec check can fail: a good interaction passes, and each way of breaking
 * it is reported. Without this, an always-empty check would pass every pact.
 */
import { describe, expect, it } from 'vitest'
import type { PactInteraction } from '../pacts/read-pact-files.js'
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
      'a method other than GET or POST',
      { ...good, request: { ...good.request, method: 'PUT' } },
      /method PUT is neither GET nor POST/,
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
  ] satisfies [string, PactInteraction, RegExp][])('reports %s', (_name, interaction, problem) => {
    const problems = checkInteraction(interaction)
    expect(
      problems.some((p) => problem.test(p)),
      problems.join('\n'),
    ).toBe(true)
  })
})
