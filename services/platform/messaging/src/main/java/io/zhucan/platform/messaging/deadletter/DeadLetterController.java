package io.zhucan.platform.messaging.deadletter;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The operator's view of this service's dead letters: list, replay, discard (docs/operations.md). */
@RestController
@RequestMapping("${zhucan.api.base-path:/api}/admin/dead-letters")
@PreAuthorize("hasRole('operator')")
public class DeadLetterController {

    private final DeadLetterStore store;
    private final DeadLetterReplayer replayer;

    public DeadLetterController(DeadLetterStore store, DeadLetterReplayer replayer) {
        this.store = store;
        this.replayer = replayer;
    }

    @GetMapping
    public List<DeadLetter> list(@RequestParam(defaultValue = "false") boolean includeResolved,
            @RequestParam(defaultValue = "100") int limit) {
        return store.list(includeResolved, Math.clamp(limit, 1, 1000));
    }

    /** 202 with the dead letters handed to the consumer again (the person's held ones too); 200 with none if it was resolved already. */
    @PostMapping("/{id}/replay")
    public ResponseEntity<?> replay(@PathVariable UUID id, Principal operator) {
        return replayer.replay(id, operator.getName())
                .<ResponseEntity<?>>map(sent -> ResponseEntity.status(sent.isEmpty() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                        .body(Map.of("replayed", sent)))
                .orElseGet(() -> notFound(id));
    }

    @PostMapping("/{id}/discard")
    public ResponseEntity<?> discard(@PathVariable UUID id, Principal operator) {
        if (replayer.discard(id, operator.getName())) {
            return ResponseEntity.noContent().build();
        }
        if (store.find(id).isEmpty()) {
            return notFound(id);
        }
        return ResponseEntity.of(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "dead letter " + id + " is not parked (replayed, being replayed or discarded)")).build();
    }

    @ExceptionHandler(OriginalRecords.RecordGone.class)
    ResponseEntity<ProblemDetail> gone(OriginalRecords.RecordGone e) {
        return ResponseEntity.status(HttpStatus.GONE).body(ProblemDetail.forStatusAndDetail(HttpStatus.GONE,
                e.getMessage() + "; it stays parked: discard it once its effect has been put right by hand"));
    }

    @ExceptionHandler(DeadLetterReplayer.ReplayInterrupted.class)
    ResponseEntity<ProblemDetail> interrupted(DeadLetterReplayer.ReplayInterrupted e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    }

    private static ResponseEntity<?> notFound(UUID id) {
        return ResponseEntity.of(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no dead letter " + id)).build();
    }
}
