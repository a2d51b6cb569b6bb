/** The person's file (一人一档): the timeline of every service's events, kept by the consumers in generations. */
@NullMarked
package io.zhucan.profile.timeline;

import org.jspecify.annotations.NullMarked;
