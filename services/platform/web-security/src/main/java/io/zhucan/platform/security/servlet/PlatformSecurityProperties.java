package io.zhucan.platform.security.servlet;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zhucan.security.*}.
 *
 * @param publicPaths request patterns open without a token (health and public certificate
 *     verification only; everything else requires a valid JWT)
 */
@ConfigurationProperties("zhucan.security")
public record PlatformSecurityProperties(@DefaultValue List<String> publicPaths) {
}
