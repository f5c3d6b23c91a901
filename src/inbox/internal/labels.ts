/** Names of statuses and actions in the inbox's language (called while rendering). */
import { msg } from '@lit/localize';
import type { Status } from './api.js';

export const statusLabel = (status: Status | '') =>
  ({
    '': msg('All statuses'),
    new: msg('New'),
    contacted: msg('Contacted'),
    waitlist: msg('Waiting list'),
    suspect: msg('Suspect (held for review)'),
    cancelled: msg('Cancelled'),
  })[status];

/** What an error code from the receiver means for the coordinator. */
export const problemText = (code: string) =>
  ({
    wrong: msg('The name or password is not right.'),
    locked: msg('Too many failed attempts. Sign-in is locked for a while; try again later.'),
    'too-many-requests': msg('Too many attempts from this network. Try again later.'),
    'no-place': msg('There is no free place in this session. Cancel a place first.'),
    'wrong-status': msg('This sign-up changed meanwhile. The list has been refreshed.'),
    'not-found': msg('This sign-up no longer exists.'),
    csrf: msg('Your session expired. Sign in again.'),
    'sign-in': msg('Your session expired. Sign in again.'),
    network: msg('The receiver cannot be reached. Check your connection and try again.'),
  })[code] ?? msg('Something went wrong. Try again.');
