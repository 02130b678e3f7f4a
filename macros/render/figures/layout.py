"""The layout of Figure 5's graph: each body's layer and column, and the
routes of the lines between boxes that enter no other box. Pure functions
of the governance's data and of the boxes' sizes."""
from __future__ import annotations

from dataclasses import dataclass

from .. import svg


@dataclass
class Box:
    body: str
    layer: int
    column: int
    lines: list
    members: list
    x: float = 0
    y: float = 0
    width: float = 0
    height: float = 0

    def edge_point(self, other: "Box") -> tuple:
        """Where a straight line towards `other`'s centre leaves this box."""
        cx, cy = self.x + self.width / 2, self.y + self.height / 2
        ox, oy = other.x + other.width / 2, other.y + other.height / 2
        dx, dy = ox - cx, oy - cy
        scale = min(self.width / 2 / abs(dx) if dx else float("inf"), self.height / 2 / abs(dy) if dy else float("inf"))
        return cx + dx * scale, cy + dy * scale


def governance_layout(governance: dict) -> dict:
    """Layer (0 = top) and column of each body: a body sits below those it
    reports to; a body outside the hierarchy sits beside its collaborator;
    columns follow the bodies above (a few barycentre sweeps)."""
    ids = [b["id"] for b in governance["bodies"]]
    parents = {i: [r["to"] for r in governance["reports_to"] if r["from"] == i] for i in ids}
    children = {i: [r["from"] for r in governance["reports_to"] if r["to"] == i] for i in ids}
    partners = {i: [j for c in governance["collaborations"] for j in c["between"] if i in c["between"] and j != i] for i in ids}
    layer: dict = {}

    def depth(body, seen=()):
        if body not in layer:
            ups = [p for p in parents[body] if p not in seen]
            layer[body] = 1 + max(depth(p, seen + (body,)) for p in ups) if ups else 0
        return layer[body]

    in_hierarchy = {i for i in ids if parents[i] or children[i]}
    for body in ids:
        if body in in_hierarchy:
            depth(body)
    for body in ids:
        if body not in in_hierarchy:
            anchors = [layer[p] for p in partners[body] if p in layer]
            layer[body] = max(anchors) if anchors else 0
    layers = [[b for b in ids if layer[b] == n] for n in range(max(layer.values()) + 1)]
    columns = max(len(bodies) for bodies in layers)
    column = {}
    for bodies in layers:
        for index, body in enumerate(bodies):
            column[body] = index

    def place(bodies, neighbours):
        wanted = {}
        for position, body in enumerate(bodies):
            near = [column[n] for n in neighbours(body) if n in column]
            wanted[body] = sum(near) / len(near) if near else column.get(body, position)
        taken = set()
        # bodies placed by their hierarchy go first; a collaborator then takes the nearest free column
        for body in sorted(bodies, key=lambda b: (b not in in_hierarchy, wanted[b], ids.index(b))):
            free = min((c for c in range(columns) if c not in taken), key=lambda c: (abs(c - wanted[body]), c))
            column[body] = free
            taken.add(free)

    for _ in range(3):
        for bodies in layers[1:]:
            place(bodies, lambda b: parents[b] or partners[b])
        for bodies in reversed(layers[:-1]):
            place(bodies, lambda b: children[b])
    return {body: (layer[body], column[body]) for body in ids}


def connector(start: Box, end: Box, boxes, row_gap: float, column_gap: float) -> list:
    """The first of a few routes from `start` to `end` that enters no other
    box: straight; or up into the gutter above `start`, across, then up to
    `end`; or through the gap between columns."""
    others = [(b.x, b.y, b.width, b.height) for b in boxes if b not in (start, end)]

    def clear(points):
        return not any(svg.crosses(a, b, box) for a, b in zip(points, points[1:]) for box in others)

    routes = [[start.edge_point(end), end.edge_point(start)]]
    sx, ex = start.x + start.width / 2, end.x + end.width / 2
    if end.y + end.height < start.y:  # `end` is above: leave by the top, arrive at its bottom
        gutter = start.y - row_gap / 2
        below_end = end.y + end.height
        routes.append([(sx, start.y), (sx, gutter), (ex, gutter), (ex, below_end)])
        channel = (max(sx, ex) if ex < sx else min(sx, ex)) + (column_gap / 2 + start.width / 2) * (-1 if ex < sx else 1)
        routes.append([(sx, start.y), (sx, gutter), (channel, gutter), (channel, below_end + row_gap / 2),
                       (ex, below_end + row_gap / 2), (ex, below_end)])
    return next((route for route in routes if clear(route)), routes[-1])
