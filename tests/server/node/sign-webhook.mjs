// Prints a Stripe-Signature header for a payload, made by the official stripe package.
// usage: node sign-webhook.mjs SECRET PAYLOAD_FILE [TIMESTAMP_OFFSET_SECONDS]
import { readFileSync } from 'node:fs';
import Stripe from 'stripe';

const [secret, payloadFile, offset = '0'] = process.argv.slice(2);
const stripe = new Stripe('sk_test_unused');
const payload = readFileSync(payloadFile, 'utf8');
const timestamp = Math.floor(Date.now() / 1000) + Number(offset);
process.stdout.write(stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp }));
