import type { Plugin } from 'vite';
import type { ReceiverRequest, ReceiverResponse, SignupStore } from '../src/signup/receiver.js';
import type { ContentPack } from '../src/content/schema.js';

type Handle = (request: ReceiverRequest, options: { pack: () => Promise<ContentPack> | ContentPack; store: SignupStore }) => Promise<ReceiverResponse>;

export function fileStore(file: string): SignupStore;
export function viteSignupReceiver(options: { handle: Handle; pack: () => Promise<ContentPack>; store: SignupStore; path?: string }): Plugin;
