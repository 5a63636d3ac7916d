//! The map as statics: its size and one shape per state, drawn in file order.

use super::*;

pub fn map(map: &crate::map::MapData) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "pub static MAP_SIZE: (u16, u16) = ({}, {});\npub static MAP_SHAPES: &[MapShape] = &[",
        map.width, map.height
    );
    for shape in &map.shapes {
        let _ = writeln!(
            out,
            "    MapShape {{ code: {:?}, role: MapRole::{:?}, label: ({}, {}), path: {:?} }},",
            shape.code, shape.role, shape.label.0, shape.label.1, shape.path
        );
    }
    out.push_str("];\n");
    out
}
