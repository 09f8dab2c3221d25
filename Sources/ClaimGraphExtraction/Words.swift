/// The closed word lists the rules read text by, as fingerprints of the lower-cased words.
enum Words {
    static let abbreviations = KeyHasher.words(["e.g", "i.e", "vs", "al", "etc", "fig", "eq", "cf", "approx", "resp", "no", "sec", "ca", "viz"])

    /// Nouns after a name that make it a dataset: "the ScanNet dataset", "BigCodeBench benchmark".
    static let datasetNouns = KeyHasher.words([
        "dataset", "datasets", "data-set", "benchmark", "benchmarks", "corpus", "corpora", "suite", "leaderboard",
        "testbed", "test-bed", "challenge", "database", "treebank", "collection", "environment", "environments",
    ])
    /// Nouns that make an introduced resource a benchmark rather than a dataset.
    static let benchmarkNouns = KeyHasher.words([
        "benchmark", "benchmarks", "suite", "leaderboard", "testbed", "test-bed", "benchmarking", "arena", "evaluation",
    ])
    /// Words after a name that name one of its splits.
    static let splits = KeyHasher.words([
        "test-dev", "test-std", "val", "validation", "test", "dev", "test-clean", "test-other", "dev-clean", "dev-other",
        "val2017", "test2017", "minival", "val-set", "testset", "dev-set", "test-set", "devtest", "test-a", "test-b",
        "testa", "testb", "test-challenge", "hard", "easy", "medium",
    ])
    static let splitNames: [UInt64: String] = {
        var result: [UInt64: String] = [:]
        for (word, name) in [
            ("test-dev", "test-dev"), ("test-std", "test-std"), ("val", "val"), ("validation", "val"), ("minival", "minival"),
            ("test", "test"), ("dev", "dev"), ("test-clean", "test-clean"), ("test-other", "test-other"),
            ("dev-clean", "dev-clean"), ("dev-other", "dev-other"), ("val2017", "val2017"), ("test2017", "test2017"),
            ("testa", "testA"), ("testb", "testB"), ("test-a", "testA"), ("test-b", "testB"), ("devtest", "devtest"),
            ("test-challenge", "test-challenge"),
        ] { result[KeyHasher.word(word)] = name }
        return result
    }()

    /// Verbs that introduce the paper's own contribution.
    static let proposeVerbs = KeyHasher.words([
        "propose", "proposes", "introduce", "introduces", "present", "presents", "release", "releases", "develop",
        "develops", "design", "designs", "describe", "describes", "devise", "devises", "build", "builds", "construct",
        "constructs", "curate", "curates", "create", "creates", "collect", "collects", "contribute", "contributes",
        "offer", "offers", "unveil", "unveils", "establish", "establishes", "launch", "launches", "report", "reports",
    ])
    /// Words that put a name right after them: "termed Cloud-Adapter", "a dataset called EduProbe".
    static let namingWords = KeyHasher.words([
        "called", "named", "termed", "dubbed", "namely", "coined", "denoted", "entitled", "titled",
    ])
    static let introducedParticiples = KeyHasher.words(["proposed", "introduced", "presented", "released"])

    /// Nouns that describe a method or model, for "X, a novel framework".
    static let methodNouns = KeyHasher.words([
        "model", "models", "method", "methods", "approach", "framework", "architecture", "network", "algorithm",
        "system", "technique", "pipeline", "module", "paradigm", "strategy", "agent", "encoder", "decoder",
        "transformer", "backbone", "family", "suite", "llm", "mllm", "vlm", "detector", "generator", "solution",
        "toolkit", "library", "adapter", "scheme", "recipe", "policy", "planner", "estimator", "learner", "tokenizer",
    ])

    /// Words around a model name that make it a model: "models such as X", "X backbone".
    static let modelNouns = KeyHasher.words([
        "model", "models", "llm", "llms", "lm", "lms", "plm", "plms", "mllm", "mllms", "vlm", "vlms", "lvlm", "lvlms",
        "encoder", "encoders", "decoder", "decoders", "backbone", "backbones", "architecture", "architectures",
        "network", "networks", "transformer", "transformers", "detector", "detectors", "baseline", "baselines",
        "teacher", "teachers", "student", "students", "checkpoint", "checkpoints", "classifier", "classifiers",
        "variants", "mmts", "systems", "chatbots", "assistants", "methods", "approaches", "vits", "cnns", "convnets",
    ])

    /// Generic families and acronyms that are never a named model or dataset on their own.
    static let generic = KeyHasher.words([
        "transformer", "transformers", "llm", "llms", "lm", "lms", "cnn", "cnns", "mlp", "mlps", "rnn", "rnns",
        "lstm", "lstms", "gan", "gans", "vae", "vaes", "gnn", "gnns", "plm", "plms", "mllm", "mllms", "vlm", "vlms",
        "lvlm", "lvlms", "vit", "vits", "ssl", "nlp", "nlu", "nlg", "cv", "ai", "agi", "ml", "dl", "rl", "sota",
        "api", "apis", "gpu", "gpus", "tpu", "tpus", "cpu", "cpus", "url", "rgb", "rgba", "rgb-d", "2d", "3d", "4d",
        "qa", "vqa", "ocr", "asr", "tts", "mt", "nmt", "ner", "pos", "sql", "json", "html", "pdf", "io", "iot",
        "diffusion", "peft", "lora", "sft", "rlhf", "dpo", "ppo", "moe", "kd", "icl", "cot", "rag", "mlm", "clm",
        "pfm", "pfms", "fm", "fms", "vfm", "vfms", "mmt", "mmts", "dnn", "dnns", "ann", "anns", "snn", "snns",
        "gpt-style", "bert-style", "ood", "id", "iid", "sgd", "adam", "relu", "gelu", "fp16", "bf16", "int8", "int4",
        "gflops", "flops", "macs", "fps", "ms", "gb", "mb", "tb", "hz", "khz", "db", "us", "uk", "eu", "usa", "ieee",
        "acl", "emnlp", "naacl", "cvpr", "iccv", "eccv", "neurips", "icml", "iclr", "aaai", "ijcai", "arxiv", "github",
        "huggingface", "pytorch", "tensorflow", "jax", "cuda", "linux", "python", "java", "c++", "javascript", "mlps",
        "i2v", "t2i", "t2v", "tee", "wsi", "wsis", "cpath", "ts", "qg", "bob", "mos", "mse", "mae", "rmse",
    ])

    /// Capitalised words that are ordinary English at the start of a clause, or names of things that
    /// are not datasets (languages, months, places, companies).
    static let commonCapitalized = KeyHasher.words([
        "the", "a", "an", "in", "on", "we", "our", "this", "these", "those", "it", "its", "they", "however", "moreover",
        "furthermore", "additionally", "finally", "first", "second", "third", "specifically", "notably", "overall",
        "experiments", "experimental", "results", "code", "codes", "extensive", "comprehensive", "compared", "unlike",
        "while", "although", "when", "with", "without", "by", "for", "from", "to", "and", "or", "but", "as", "at",
        "english", "chinese", "japanese", "french", "german", "spanish", "korean", "arabic", "hindi", "russian",
        "italian", "portuguese", "vietnamese", "indonesian", "turkish", "dutch", "polish", "swahili", "thai",
        "european", "american", "african", "asian", "indian", "western", "eastern", "latin", "greek", "hebrew",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "monday", "bayesian", "gaussian", "markov", "euclidean", "hessian", "fourier", "laplacian",
        "transformer", "transformers", "pareto", "nash", "boolean", "monte", "carlo", "earth", "internet", "web",
        "wikipedia's", "appendix", "section", "table", "figure", "human", "humans", "state-of-the-art", "sota",
        "large", "small", "base", "new", "novel", "recent", "existing", "previous", "prior", "both", "all", "each",
        "many", "most", "several", "various", "two", "three", "four", "five", "one", "other", "such", "also", "then",
        "thus", "hence", "here", "there", "via", "using", "based", "including", "given", "despite", "beyond",
        "iphone", "ipad", "android", "ios", "a100", "v100", "h100", "a6000", "rtx", "jetson", "tpuv3", "tpuv4", "macbook",
        "convnet", "convnets", "colab", "kaggle",
    ])

    /// Companies: a name on its own is the company, but it may start a name ("Google Books").
    static let companies = KeyHasher.words([
        "google", "microsoft", "meta", "openai", "nvidia", "amazon", "apple", "facebook", "deepmind", "anthropic",
        "alibaba", "baidu", "tencent", "huawei", "ibm", "intel", "samsung", "salesforce", "adobe",
    ])

    // MARK: - Context cues

    static let evaluationCues = KeyHasher.words([
        "evaluate", "evaluated", "evaluates", "evaluating", "evaluation", "evaluations", "experiment", "experiments",
        "experimental", "result", "results", "achieve", "achieves", "achieved", "achieving", "outperform", "outperforms",
        "outperformed", "outperforming", "surpass", "surpasses", "surpassed", "surpassing", "state-of-the-art", "sota",
        "test", "tested", "testing", "benchmark", "benchmarks", "benchmarking", "accuracy", "performance",
        "performances", "score", "scores", "gains", "improves", "improvement", "improvements", "attains", "reaches",
        "obtain", "obtains", "sets", "record", "validate", "validated", "demonstrate", "demonstrates", "show", "shows",
        "competitive", "beats", "leading", "downstream", "zero-shot", "few-shot", "fine-tuning", "finetuning",
        "assess", "assessed", "measured", "comparisons", "yields", "improved", "improving", "boosts", "better",
    ])
    static let trainingCues = KeyHasher.words([
        "trained", "pretrained", "pre-trained", "pretrain", "pre-train", "pretraining", "pre-training", "train",
        "training", "learned", "learnt", "distilled", "finetuned", "fine-tuned", "post-pretraining", "leverage",
        "leveraging", "source", "sourced", "curated", "built", "constructed", "derived", "collected", "mined",
    ])
    /// Adjective suffixes that use the named thing ("CLIP-based", "ImageNet-trained"), so mention it.
    static let usingSuffixes = KeyHasher.words([
        "trained", "pretrained", "pre-trained", "finetuned", "fine-tuned", "supervised", "based", "initialized",
        "derived", "distilled", "generated", "tuned", "augmented",
    ])
    static let trainingSuffixes = KeyHasher.words([
        "trained", "pretrained", "pre-trained", "finetuned", "fine-tuned", "supervised",
    ])
    /// Lower-case suffixes that make "X-suffix" an adjective of X: "ImageNet-scale", "CLIP-based".
    static let adjectiveSuffixes = KeyHasher.words([
        "trained", "pretrained", "pre-trained", "finetuned", "fine-tuned", "supervised", "based", "style", "like",
        "scale", "level", "sized", "size", "only", "wide", "derived", "specific", "initialized", "generated",
        "guided", "aligned", "distilled", "inspired", "free", "centric", "driven", "powered", "format", "type",
        "compatible", "equivalent", "annotated", "labeled", "labelled", "tuned", "sourced", "augmented",
        "pretraining", "pre-training", "training", "version", "family", "series", "era",
    ])

    static let baselineCues = KeyHasher.words([
        "outperform", "outperforms", "outperformed", "outperforming", "surpass", "surpasses", "surpassed",
        "surpassing", "than", "over", "beats", "beat", "beating", "versus", "vs", "against", "compared", "compare",
        "comparing", "exceeds", "exceeding", "exceed", "relative", "unlike", "rivals", "matches", "matching",
    ])
    static let backboneCues = KeyHasher.words([
        "backbone", "backbones", "teacher", "teachers", "initialized", "initialize", "fine-tune", "finetune",
        "fine-tuning", "finetuning", "fine-tunes", "adapt", "adapting", "adapts", "built", "upon", "atop", "base",
        "apply", "applying", "equipped", "encoder", "encoders", "frozen", "leverages", "leverage", "leveraging",
        "uses", "use", "using", "utilizing", "utilizes", "employ", "employs", "pretrained", "pre-trained",
        "continually", "continual", "extend", "extends", "extending", "improves", "improving", "enhances", "upon",
    ])

    /// Heads of task phrases: "image classification (ImageNet)" puts datasets in the parentheses.
    static let taskHeads = KeyHasher.words([
        "classification", "segmentation", "detection", "retrieval", "answering", "grounding", "recognition",
        "generation", "translation", "summarization", "estimation", "captioning", "reasoning", "understanding",
        "tracking", "forecasting", "prediction", "parsing", "tagging", "inference", "localization", "completion",
        "reconstruction", "synthesis", "editing", "matching", "navigation", "control", "manipulation", "coding",
        "qa", "nli", "vqa", "ranking", "recommendation", "search", "labeling", "linking", "extraction", "clustering",
        "alignment", "super-resolution", "denoising", "deblurring", "inpainting", "odometry", "mapping", "planning",
        "tasks", "task", "benchmarks", "datasets", "domains", "modeling", "modelling", "transcription", "diarization",
        "verification", "identification", "embedding", "similarity", "entailment", "comprehension",
    ])

    static let settings: [(String, String)] = [
        ("zero-shot", "zero-shot"), ("zeroshot", "zero-shot"), ("few-shot", "few-shot"), ("one-shot", "one-shot"),
        ("fine-tuned", "fine-tuned"), ("finetuned", "fine-tuned"), ("fine-tuning", "fine-tuned"),
        ("finetuning", "fine-tuned"), ("linear", "linear probe"), ("single-scale", "single-scale"),
        ("multi-scale", "multi-scale"), ("fully-supervised", "fully-supervised"), ("semi-supervised", "semi-supervised"),
        ("unsupervised", "unsupervised"), ("self-supervised", "self-supervised"), ("in-context", "in-context"),
    ]
    static let settingWords: [UInt64: String] = {
        var result: [UInt64: String] = [:]
        for (word, name) in settings { result[KeyHasher.word(word)] = name }
        return result
    }()
    static let settingWordSet = FingerprintSet(settingWords.keys)

    // MARK: - Claims

    /// Words after "%" or "x" that make the number a share of resources, not a result.
    static let resourceNouns = KeyHasher.words([
        "parameters", "parameter", "params", "param", "data", "labels", "labeled", "labelled", "annotations",
        "annotated", "samples", "examples", "images", "tokens", "training", "trainable", "memory", "storage",
        "compute", "budget", "size", "model", "weights", "layers", "sparsity", "subset", "the", "of", "videos",
        "queries", "frames", "pixels", "instances", "points", "utterances", "sentences", "documents", "hours",
    ])
    /// What a model is made of or trained with; shares of these are sizes, not results. Memory and
    /// compute saved are results ("saves 69% of the memory costs"), so they are not here.
    static let parameterNouns = KeyHasher.words([
        "parameters", "parameter", "params", "param", "weights", "size", "smaller", "larger",
        "bigger", "data", "tokens", "labels", "annotations",
    ])
    static let relativeCues = KeyHasher.words([
        "improvement", "improvements", "faster", "speedup", "speed-up", "speed", "fewer", "less", "reduction",
        "reductions", "reduce", "reduces", "reduced", "reducing", "cut", "gap", "relative", "relatively", "times",
        "higher", "lower", "smaller", "cheaper", "efficient", "more", "increase", "boost", "gains", "gain",
        "improved", "improves", "improve", "acceleration", "accelerates", "saving", "savings", "cheaper",
        "outperforming", "outperforms", "surpasses", "maintains", "retains", "recovers", "close", "closes", "of",
    ])
    static let deltaCues = KeyHasher.words([
        "by", "gain", "gains", "improvement", "improvements", "improves", "improved", "boost", "boosts",
        "increase", "increases", "decrease", "decreases", "drop", "drops", "reduction", "margin", "absolute",
        "outperforms", "outperforming", "surpasses", "surpassing", "higher", "lower", "better", "over", "up",
    ])
    static let changeNouns = KeyHasher.words([
        "decrease", "increase", "improvement", "gain", "drop", "reduction", "boost", "rise", "lift", "decline",
        "degradation", "loss", "point", "points", "pp",
    ])
    /// Words after a number that count things: "19 tasks", "50 languages".
    static let countNouns = KeyHasher.words([
        "tasks", "task", "languages", "language", "datasets", "dataset", "benchmarks", "samples", "examples",
        "images", "videos", "hours", "layers", "layer", "heads", "epochs", "steps", "gpus", "days", "years",
        "classes", "categories", "sub-models", "models", "domains", "subjects", "questions", "pairs", "tokens",
        "parameters", "million", "billion", "thousand", "trillion", "k", "m", "b", "frames", "fps", "seconds",
        "minutes", "times", "subjects", "participants", "users", "documents", "sentences", "words", "shots",
        "runs", "experts", "agents", "cases", "scenes", "objects", "points", "nodes", "edges", "graphs",
    ])
    /// Function words a number may be glued to by a missing space: "and9.4x", "$\sim$" residue "sim0.6".
    static let gluedPrefixes = KeyHasher.words(["and", "sim", "by", "of", "to", "approx", "about", "only", "over", "nearly"])

    static let articles = KeyHasher.words(["a", "an"])
    static let andOr = KeyHasher.words(["and", "or"])
    static let andSet = KeyHasher.words(["and"])
    static let bySet = KeyHasher.words(["by"])
    static let onSet = KeyHasher.words(["on"])
    static let theSet = KeyHasher.words(["the"])
    static let respectively = KeyHasher.word("respectively")
    static let and = KeyHasher.word("and")
    static let or = KeyHasher.word("or")
    static let to = KeyHasher.word("to")
    static let on = KeyHasher.word("on")
    static let of = KeyHasher.word("of")
    static let by = KeyHasher.word("by")
    static let the = KeyHasher.word("the")
    static let our = KeyHasher.word("our")
    static let we = KeyHasher.word("we")
    static let a = KeyHasher.word("a")
    static let an = KeyHasher.word("an")
    static let vs = KeyHasher.word("vs")
    static let versus = KeyHasher.word("versus")
    static let percentWord = KeyHasher.words(["percent", "percentage"])
    static let pointWords = KeyHasher.words(["point", "points", "pp", "pt", "pts", "p.p"])
    static let timesWords = KeyHasher.words(["times", "fold", "x"])

    /// Short word lists the rules name in place, built once.
    enum Inline {
        static let achievedObtainedReportedEtc = KeyHasher.words(["achieved", "obtained", "reported", "set"])
        static let asTheItEtc = KeyHasher.words(["as", "the", "it", "a"])
        static let asWord = KeyHasher.words(["as"])
        static let forOfWithEtc = KeyHasher.words(["for", "of", "with", "by"])
        static let forOnWithEtc = KeyHasher.words(["for", "on", "with", "via", "from", "in", "of", "using", "to", "towards"])
        static let fromWord = KeyHasher.words(["from"])
        static let isWasAre = KeyHasher.words(["is", "was", "are"])
        static let llmLmMllmEtc = KeyHasher.words(["llm", "lm", "mllm", "vlm"])
        static let namely = KeyHasher.words(["namely"])
        static let ofIsTo = KeyHasher.words(["of", "is", "to"])
        static let probeProbingEvaluation = KeyHasher.words(["probe", "probing", "evaluation"])
        static let score = KeyHasher.words(["score"])
        static let scoreScoresAverage = KeyHasher.words(["score", "scores", "average"])
        static let setSplit = KeyHasher.words(["set", "split"])
        static let such = KeyHasher.words(["such"])
        static let withOver = KeyHasher.words(["with", "over"])
        static let withToAgainst = KeyHasher.words(["with", "to", "against"])
    }
}
