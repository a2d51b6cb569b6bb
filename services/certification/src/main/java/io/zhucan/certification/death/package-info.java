/** Life events reported by partners that end a certificate: deaths registered by civil affairs. */
@NullMarked
package io.zhucan.certification.death;

import org.jspecify.annotations.NullMarked;
