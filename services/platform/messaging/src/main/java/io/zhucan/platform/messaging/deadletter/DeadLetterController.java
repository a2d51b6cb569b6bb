package io.zhucan.platform.messaging.deadletter;

import java.util.List;
import java.util.UUID;
import org.springframework.http.ProblemDetail;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The operator's view of this service's dead letters, and replay. */
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
    public List<DeadLetter> list(@RequestParam(defaultValue = "false") boolean includeReplayed,
            @RequestParam(defaultValue = "100") int limit) {
        return store.list(includeReplayed, Math.clamp(limit, 1, 1000));
    }

    @PostMapping("/{id}/replay")
    public ResponseEntity<?> replay(@PathVariable UUID id) {
        if (replayer.replay(id)) {
            return ResponseEntity.accepted().build();
        }
        return ResponseEntity.of(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no dead letter " + id)).build();
    }
}
