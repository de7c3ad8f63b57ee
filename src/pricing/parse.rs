//! Reading a schedule file: strict JSON into the model ([`Schedule`]), then every rule ([`validate`]).
//! The dependency runs one way: parse → validate → schedule (the model knows neither).

use super::schedule::Schedule;
use super::validate::{validate, ScheduleError, ScheduleFault};

/// Parses a schedule file and validates it; `file_name` names the file in any error.
///
/// ```
/// use line_oa_calc::pricing::{parse_schedule, ScheduleFault};
/// let err = parse_schedule("broken.json", "{").unwrap_err();
/// assert_eq!(err.file, "broken.json");
/// assert!(matches!(err.fault, ScheduleFault::Json { .. }));
/// ```
pub fn parse_schedule(file_name: &str, json: &str) -> Result<Schedule, ScheduleError> {
    let schedule: Schedule = serde_json::from_str(json).map_err(|e| ScheduleError {
        file: file_name.to_owned(),
        fault: ScheduleFault::Json {
            message: e.to_string(),
        },
    })?;
    validate(file_name, &schedule)?;
    Ok(schedule)
}
