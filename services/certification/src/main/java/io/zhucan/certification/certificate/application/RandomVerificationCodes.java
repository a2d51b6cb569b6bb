package io.zhucan.certification.certificate.application;

import io.zhucan.certification.certificate.VerificationCodes;
import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/** 16 characters of Crockford base32 (80 random bits): unguessable, unambiguous to read aloud. */
@Component
class RandomVerificationCodes implements VerificationCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final SecureRandom random = new SecureRandom();

    @Override
    public String next() {
        char[] code = new char[16];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
