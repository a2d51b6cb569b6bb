package io.zhucan.certification.shared.persistence;

import io.zhucan.certification.shared.Disability;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Disabilities as a JSONB column: [{"category":"PHYSICAL","grade":"GRADE_2"}, …]. */
@Component
public class DisabilitiesJson {

    private static final TypeReference<List<Disability>> LIST = new TypeReference<>() {
    };

    private final JsonMapper json;

    public DisabilitiesJson(JsonMapper json) {
        this.json = json;
    }

    public String write(List<Disability> disabilities) {
        return json.writeValueAsString(disabilities);
    }

    public List<Disability> read(String column) {
        return json.readValue(column, LIST);
    }
}
