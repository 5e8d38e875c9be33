// Verifies an access token with jose (HS256 only); prints the claims as JSON, or the error code
// and exits 1. usage: node verify-jwt.mjs SECRET TOKEN [CLOCK_OFFSET_SECONDS]
import { jwtVerify } from 'jose';

const [secret, token, offset = '0'] = process.argv.slice(2);
const key = new TextEncoder().encode(secret);
const currentDate = new Date(Date.now() + Number(offset) * 1000);
try {
  const { payload, protectedHeader } = await jwtVerify(token, key, { algorithms: ['HS256'], currentDate });
  process.stdout.write(JSON.stringify({ header: protectedHeader, payload }));
} catch (error) {
  process.stdout.write(error.code || String(error));
  process.exit(1);
}
