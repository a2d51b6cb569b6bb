package io.zhucan.certification.certificate.application;

import io.zhucan.certification.certificate.VerificationCodes;
import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * 16 characters of Crockford base32 (80 random bits): unguessable, unambiguous to read aloud. The
 * bits are drawn in one call (10 bytes), five a character, so a migration's million codes cost little.
 */
@Component
class RandomVerificationCodes implements VerificationCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final SecureRandom random = new SecureRandom();

    @Override
    public String next() {
        byte[] bits = new byte[10];
        random.nextBytes(bits);
        char[] code = new char[16];
        for (int i = 0; i < code.length; i++) {
            int bit = i * 5;
            int window = ((bits[bit / 8] & 0xFF) << 8) | (bit / 8 + 1 < bits.length ? bits[bit / 8 + 1] & 0xFF : 0);
            code[i] = ALPHABET[(window >> (11 - bit % 8)) & 31];
        }
        return new String(code);
    }
}
