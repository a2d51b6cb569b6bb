/** Facts about persons kept from certificate events and partner facts (domain: no Spring, no SQL). */
@NullMarked
package io.zhucan.subsidy.facts;

import org.jspecify.annotations.NullMarked;
