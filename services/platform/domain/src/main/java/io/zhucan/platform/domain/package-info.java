/**
 * The refusals of every service's domain, plain Java: web-security's {@code DomainProblems} answers
 * each with its problem+json status (docs/developing.md). Messages name rules and states, never
 * personal data, so they can be shown to the caller as they are.
 */
@NullMarked
package io.zhucan.platform.domain;

import org.jspecify.annotations.NullMarked;
