/* Mbed TLS configuration for this project: only what the draft lock needs.
 *   AES-256-GCM   sealing drafts in browser storage (src/platform/sealing.cpp), browser and native
 *   PBKDF2-SHA256 the key from a passphrase, natively (the browser derives it with WebCrypto)
 * Tables in read-only memory: smaller and with no start-up cost in WebAssembly. */
#define MBEDTLS_AES_C
#define MBEDTLS_AES_ROM_TABLES
#define MBEDTLS_GCM_C
#define MBEDTLS_SHA256_C
#define MBEDTLS_MD_C
#define MBEDTLS_PKCS5_C
