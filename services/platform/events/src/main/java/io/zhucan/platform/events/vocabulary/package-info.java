/** Shared vocabulary of the integration contracts: codes every service and partner agrees on. */
@NullMarked
package io.zhucan.platform.events.vocabulary;

import org.jspecify.annotations.NullMarked;
