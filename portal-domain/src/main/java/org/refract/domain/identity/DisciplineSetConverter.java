package org.refract.domain.identity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of disciplines as one comma-separated column ("PHARMACIST,PULMONOLOGIST", empty for none). */
@Converter
public class DisciplineSetConverter implements AttributeConverter<Set<Discipline>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Discipline> disciplines) {
        if (disciplines == null) {
            return "";
        }
        return disciplines.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Discipline> convertToEntityAttribute(String column) {
        Set<Discipline> result = EnumSet.noneOf(Discipline.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(","))
                    .map(String::strip)
                    .map(Discipline::valueOf)
                    .forEach(result::add);
        }
        return result;
    }
}
