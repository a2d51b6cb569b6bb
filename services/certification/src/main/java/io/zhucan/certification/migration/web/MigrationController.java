package io.zhucan.certification.migration.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.certification.migration.MigrationImport;
import io.zhucan.certification.migration.RowRejection;
import io.zhucan.certification.migration.application.MigrationService;
import io.zhucan.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The operator's migration of the legacy holders (docs/migration.md): operators only. */
@RestController
@Validated
@Tag(name = "Migration", description = "Import of the legacy system's certificate holders")
class MigrationController {

    private static final String BASE = "/api/certification/admin/migrations";

    private final MigrationService migrations;

    MigrationController(MigrationService migrations) {
        this.migrations = migrations;
    }

    record StartRequest(@NotBlank String file, @Nullable @Min(100) @Max(100_000) Integer chunkSize) {
    }

    record ResumeRequest(@Nullable @Min(100) @Max(100_000) Integer chunkSize) {
    }

    record Progress(UUID id, String file, int chunkSize, MigrationImport.Status status, @Nullable Integer totalRows, int rowsRead,
            int imported, int skipped, int rejected, @Nullable Double percent, @Nullable String failure,
            String startedBy, Instant startedAt, Instant progressedAt, @Nullable Instant finishedAt) {

        static Progress of(MigrationImport i) {
            return new Progress(i.id(), i.fileName(), i.chunkSize(), i.status(), i.totalRows(), i.rowsRead(), i.imported(),
                    i.skipped(), i.rejected(), i.percent(), i.failure(), i.startedBy(), i.startedAt(),
                    i.progressedAt(), i.finishedAt());
        }
    }

    @PostMapping(BASE)
    @PreAuthorize("hasRole('operator')")
    @Operation(summary = "Import an export file placed in the import directory (runs in the background)")
    ResponseEntity<Progress> start(CurrentUser operator, @Valid @RequestBody StartRequest request) {
        MigrationImport started = migrations.start(operator, request.file().strip(), chunkSize(request.chunkSize()));
        return ResponseEntity.accepted().location(URI.create(BASE + "/" + started.id())).body(Progress.of(started));
    }

    @PostMapping(BASE + "/{id}/resume")
    @PreAuthorize("hasRole('operator')")
    @Operation(summary = "Resume a failed or killed import after its last committed chunk")
    ResponseEntity<Progress> resume(@PathVariable UUID id, @Valid @RequestBody(required = false) @Nullable ResumeRequest request) {
        MigrationImport resumed = migrations.resume(id, request == null ? null : request.chunkSize());
        return ResponseEntity.accepted().location(URI.create(BASE + "/" + id)).body(Progress.of(resumed));
    }

    @GetMapping(BASE)
    @PreAuthorize("hasRole('operator')")
    @Operation(summary = "The latest imports")
    List<Progress> latest() {
        return migrations.latest().stream().map(Progress::of).toList();
    }

    @GetMapping(BASE + "/{id}")
    @PreAuthorize("hasRole('operator')")
    @Operation(summary = "An import's progress: rows read, imported, skipped, rejected, percentage")
    Progress progress(@PathVariable UUID id) {
        return Progress.of(migrations.progress(id));
    }

    @GetMapping(BASE + "/{id}/rejections")
    @PreAuthorize("hasRole('operator')")
    @Operation(summary = "The rejected rows by row number: column and reason, ID number masked, no names")
    List<RowRejection> rejections(@PathVariable UUID id, @RequestParam(defaultValue = "0") @Min(0) int afterRow,
            @RequestParam(defaultValue = "1000") @Min(1) @Max(10_000) int limit) {
        return migrations.rejections(id, afterRow, limit);
    }

    private static int chunkSize(@Nullable Integer requested) {
        return requested == null ? 10_000 : requested;
    }
}
