/** What the service knows of a certificate holder, kept from certification's events. */
@NullMarked
package io.zhucan.rehabilitation.person;

import org.jspecify.annotations.NullMarked;
