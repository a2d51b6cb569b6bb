package io.zhucan.certification.region.persistence;

import io.zhucan.platform.domain.region.Division;
import io.zhucan.platform.domain.region.Divisions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Seeds the county table from the vendored divisions of Zhejiang (one source of truth, never typed
 * here): a repeatable migration whose checksum is the data's, so a regenerated file is applied on
 * the next start. Upsert only: a county that left the data keeps its row, which cases still reference.
 */
@Component
class ZhejiangCounties implements JavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO county (code, name, city_code) VALUES (?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, city_code = EXCLUDED.city_code""")) {
            for (Division county : Divisions.zhejiang().at(Division.Level.COUNTY)) {
                upsert.setString(1, county.code());
                upsert.setString(2, county.name());
                upsert.setString(3, county.parent());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        try (InputStream data = Divisions.data()) {
            crc.update(data.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }

    @Override
    public MigrationVersion getVersion() {
        return null; // repeatable: runs again whenever the data's checksum changes
    }

    @Override
    public String getDescription() {
        return "counties of Zhejiang from the vendored divisions";
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
