#!/usr/bin/env node
/*
 * twilio_sign.js — sign (and check) Twilio webhook requests with Twilio's
 * own Node library, so that the Python integration tests send exactly what
 * Twilio sends and the daemon is judged against the library, not against a
 * second implementation of the scheme.
 *
 *   node tests/integration/twilio_sign.js < requests.json > answers.json
 *
 * Input: one JSON array of requests; each an object with
 *   token      the key: the account's auth token, or a Webhook Setting's
 *              SharedKey secret
 *   url        the URL exactly as Twilio requested it (port or not)
 *   params     the form fields, {name: value} (a value may be an array)
 *   algorithm  "HMAC_SHA1" (default) or "HMAC_SHA256"
 *   signature  (optional) an X-Twilio-Signature to check with
 *              twilio.validateRequest instead of signing
 * Output: a JSON array, one object per request, in order:
 *   {"signature": "..."} or {"valid": true|false}, or {"error": "..."}.
 *
 * Needs the package `twilio` (npm ci at the top of the tree). Exit status 2
 * when it is missing or the input is not a JSON array.
 */
"use strict";

let twilio;
try {
	twilio = require("twilio");
} catch (e) {
	process.stderr.write("twilio_sign: the npm package twilio is missing (run npm ci): " +
	    e.message + "\n");
	process.exit(2);
}

function answer(req) {
	const algorithm = req.algorithm || twilio.HMAC_SHA1;
	const params = req.params || {};
	try {
		if (typeof req.signature === "string") {
			return {valid: twilio.validateRequest(req.token, req.signature, req.url,
			    params, algorithm)};
		}
		return {signature: twilio.getExpectedTwilioSignature(req.token, req.url, params,
		    algorithm)};
	} catch (e) {
		return {error: String(e && e.message ? e.message : e)};
	}
}

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
	let reqs;
	try {
		reqs = JSON.parse(input);
	} catch (e) {
		process.stderr.write("twilio_sign: input is not JSON: " + e.message + "\n");
		process.exit(2);
	}
	if (!Array.isArray(reqs)) {
		process.stderr.write("twilio_sign: input is not a JSON array\n");
		process.exit(2);
	}
	process.stdout.write(JSON.stringify(reqs.map(answer)) + "\n");
});
