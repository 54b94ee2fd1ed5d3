package dk.borgerstemme.survey.units;

import dk.borgerstemme.platform.catalogue.CapacityMeasure;
import dk.borgerstemme.platform.catalogue.UnitKind;
import io.micronaut.serde.annotation.Serdeable;

/** A unit whose citizens the organisation surveys, with the capacity that response rates are read against. */
@Serdeable
record UnitResponse(String id, String name, String area, UnitKind kind, String kindName, int capacity,
                    CapacityMeasure capacityMeasure, String capacityMeasureName) {
}
