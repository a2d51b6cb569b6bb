/** Assistive devices (辅具): the catalogue as policy data, fitting orders with co-pay, rentals. */
@NullMarked
package io.zhucan.rehabilitation.device;

import org.jspecify.annotations.NullMarked;
