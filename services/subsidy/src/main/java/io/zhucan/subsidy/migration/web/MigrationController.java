package io.zhucan.subsidy.migration.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.migration.LegacyImport;
import io.zhucan.subsidy.migration.Rejection;
import io.zhucan.subsidy.migration.application.LegacyImportService;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators: the legacy export's paid-through months (the migration). The body is the CSV file as
 * sent (text/csv), kept in the import directory until its import completes, so a killed import
 * started again with the same file resumes.
 */
@RestController
@RequestMapping("/api/subsidies/admin/migration/imports")
@PreAuthorize("hasRole('operator')")
@Tag(name = "migration", description = "The legacy system's paid months, so no month is paid twice")
class MigrationController {

    private final LegacyImportService imports;
    private final Path directory;

    MigrationController(LegacyImportService imports,
            @Value("${zhucan.subsidy.migration.directory:${java.io.tmpdir}/subsidy-migration}") Path directory) {
        this.imports = imports;
        this.directory = directory;
    }

    @PostMapping(consumes = "text/csv")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Import the legacy export (province-level operators; the header is checked at once, the "
            + "rows in the background); the same file again resumes an interrupted import or changes nothing")
    LegacyImport start(CurrentUser user, HttpServletRequest request, @RequestParam String fileName)
            throws IOException {
        Files.createDirectories(directory);
        Path upload = Files.createTempFile(directory, "upload-", ".csv");
        try (InputStream body = request.getInputStream()) {
            Files.copy(body, upload, StandardCopyOption.REPLACE_EXISTING);
            return imports.start(upload, fileName, user);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(upload); // refused: nothing to resume
            throw e;
        }
    }

    @GetMapping
    @Operation(summary = "The latest imports and their progress")
    List<LegacyImport> list() {
        return imports.latest();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One import: rows done, accepted, rejected")
    LegacyImport get(@PathVariable UUID id) {
        return imports.find(id).orElseThrow(() -> new NotFoundException("no legacy import " + id));
    }

    @GetMapping("/{id}/rejections")
    @Operation(summary = "The rejected rows and why (ID numbers masked), by row number")
    List<Rejection> rejections(@PathVariable UUID id, @RequestParam(defaultValue = "0") long afterRow,
            @RequestParam(defaultValue = "200") int limit) {
        get(id);
        return imports.rejections(id, afterRow, limit);
    }
}
