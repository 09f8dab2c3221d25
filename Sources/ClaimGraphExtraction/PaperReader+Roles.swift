/// Roles, and the findings handed back to callers.
extension PaperReader {
    mutating func assignRoles(claims: [ClaimFinding]) {
        let evaluated = Set(claims.compactMap { $0.dataset.map(EntityTable.key) })
        let baselines = Set(claims.compactMap { $0.baseline.map(EntityTable.key) })
        for index in table.records.indices {
            let record = table[index]
            switch record.kind {
            case .dataset:
                if record.contributed { table[index].datasetRole = .introduced; continue }
                var role: DatasetRole = evaluated.contains(record.key) ? .evaluated : .mentioned
                for place in record.places where role != .evaluated {
                    let found = datasetRole(at: place)
                    if found == .evaluated || (found == .trained && role == .mentioned) { role = found }
                }
                table[index].datasetRole = role
            case .model:
                if record.contributed { table[index].modelRole = .proposed; continue }
                var role: ModelRole = baselines.contains(record.key) ? .baseline : .mentioned
                for place in record.places where role == .mentioned { role = modelRole(at: place) }
                table[index].modelRole = role
            case .metric:
                break
            }
        }
    }

    private func datasetRole(at place: Place) -> DatasetRole {
        if trainedPlaces.contains(place) { return .trained }
        let text = text(place.field)
        guard place.field == .abstract else { return .mentioned }
        let sentence = text.sentenceRange(of: place.tokens.lowerBound)
        let start = place.tokens.lowerBound
        for t in stride(from: start - 1, through: max(sentence.lowerBound, start - 7), by: -1) {
            // Only within the clause: "StarCoder2-3B, pretrained on 3.3T tokens, on HumanEval+" evaluates on it.
            if text.isPunct(t, ",") || text.isPunct(t, ";") { break }
            if text.isWord(t, Words.trainingCues) { return .trained }
            if text.isWord(t, Words.evaluationCues) { return .evaluated }
        }
        for t in sentence where text.isWord(t, Words.evaluationCues) { return .evaluated }
        for t in sentence where text.isWord(t, Words.trainingCues) { return .trained }
        return .mentioned
    }

    private func modelRole(at place: Place) -> ModelRole {
        let text = text(place.field)
        let start = place.tokens.lowerBound
        let sentence = text.sentenceRange(of: start)
        for t in stride(from: start - 1, through: max(sentence.lowerBound, start - 4), by: -1) where text.isWord(t, Words.baselineCues) {
            return .baseline
        }
        let window = max(sentence.lowerBound, start - 5)..<min(sentence.upperBound, place.tokens.upperBound + 4)
        for t in window where text.isWord(t, Words.backboneCues) { return .backbone }
        return .mentioned
    }

    func finish(claims: [ClaimFinding]) -> PaperExtraction {
        var datasets: [DatasetFinding] = []
        var models: [ModelFinding] = []
        var metrics: [MetricFinding] = []
        for record in table.records where !record.mentions.isEmpty {
            let mentions = record.mentions.sorted { ($0.field == .title ? 0 : 1, $0.start) < ($1.field == .title ? 0 : 1, $1.start) }
            switch record.kind {
            case .dataset:
                datasets.append(DatasetFinding(
                    name: record.name, type: record.type, role: record.datasetRole, mentions: mentions,
                    suites: record.suites, rule: record.rule))
            case .model:
                models.append(ModelFinding(name: record.name, role: record.modelRole, mentions: mentions, rule: record.rule))
            case .metric:
                metrics.append(MetricFinding(name: record.name, mentions: mentions, rule: record.rule))
            }
        }
        return PaperExtraction(title: title.text, datasets: datasets, models: models, metrics: metrics, claims: claims)
    }
}
