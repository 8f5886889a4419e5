#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// SHA-256 (FIPS 180-4) of `length` bytes at `data` into `digest` (32 bytes).
/// In C so that debug builds hash a 50 MB catalog in about a second too:
/// Swift at -Onone turns every arithmetic operator into a call.
void csha256(const uint8_t *data, size_t length, uint8_t digest[32]);

#endif
