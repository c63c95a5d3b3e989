/// The word lists `ScaledTeam` combines into names, teams, skills and texts (display form, ASCII form for handles).
enum ScaledVocabulary {
    static let firstNames: [(String, String)] = [
        ("Amara", "amara"), ("Zoë", "zoe"), ("Mateus", "mateus"), ("Priya", "priya"), ("José", "jose"), ("Noah", "noah"),
        ("Fatima", "fatima"), ("Olusegun", "segun"), ("Ingrid", "ingrid"), ("Chloé", "chloe"), ("Sam", "sam"),
        ("Aanya", "aanya"), ("Björn", "bjorn"), ("Søren", "soren"), ("Ana", "ana"), ("Luís", "luis"), ("Émile", "emile"),
        ("François", "francois"), ("Hélène", "helene"), ("Jürgen", "jurgen"), ("Małgorzata", "malgorzata"),
        ("Agnieszka", "agnieszka"), ("Tomás", "tomas"), ("Siobhán", "siobhan"), ("Niamh", "niamh"), ("Kwame", "kwame"),
        ("Ama", "ama"), ("Chidi", "chidi"), ("Ngozi", "ngozi"), ("Tariq", "tariq"), ("Layla", "layla"), ("Omar", "omar"),
        ("Yasmin", "yasmin"), ("Arjun", "arjun"), ("Meera", "meera"), ("Rohan", "rohan"), ("Ananya", "ananya"),
        ("Wei", "wei"), ("Mei", "mei"), ("Hiroshi", "hiroshi"), ("Sakura", "sakura"), ("Min-jun", "minjun"),
        ("Seo-yeon", "seoyeon"), ("Linh", "linh"), ("Minh", "minh"), ("Carlos", "carlos"), ("Lucía", "lucia"),
        ("Mariana", "mariana"), ("João", "joao"), ("Inês", "ines"), ("Giulia", "giulia"), ("Matteo", "matteo"),
        ("Elena", "elena"), ("Nikos", "nikos"), ("Eleni", "eleni"), ("Emma", "emma"), ("Liam", "liam"), ("Olivia", "olivia"),
        ("Ethan", "ethan"), ("Ava", "ava"), ("Lucas", "lucas"), ("Mia", "mia"), ("Oskar", "oskar"), ("Freja", "freja"),
        ("Aino", "aino"), ("Mikko", "mikko"), ("Dagný", "dagny"), ("Þór", "thor"), ("Zeynep", "zeynep"), ("Mehmet", "mehmet"),
        ("Ayşe", "ayse"), ("Kai", "kai"), ("Leilani", "leilani"), ("Tane", "tane"), ("Aroha", "aroha"), ("Jamal", "jamal"),
        ("Imani", "imani"), ("Diego", "diego"), ("Valentina", "valentina"), ("Renée", "renee"),
    ]

    static let lastNames: [(String, String)] = [
        ("Okafor", "okafor"), ("Ångström", "angstrom"), ("Gonçalves", "goncalves"), ("Raman", "raman"), ("Álvarez", "alvarez"),
        ("Schmidt", "schmidt"), ("El-Idrissi", "el-idrissi"), ("Adeyemi", "adeyemi"), ("Løvstad", "lovstad"),
        ("Dubois", "dubois"), ("Rivera", "rivera"), ("Kapoor", "kapoor"), ("Müller", "muller"), ("Nowak", "nowak"),
        ("Kowalczyk", "kowalczyk"), ("Novák", "novak"), ("Horváth", "horvath"), ("O'Brien", "obrien"), ("Ní Bhriain", "nibhriain"),
        ("Mensah", "mensah"), ("Boateng", "boateng"), ("Nwosu", "nwosu"), ("Haddad", "haddad"), ("Khalil", "khalil"),
        ("Farouk", "farouk"), ("Sharma", "sharma"), ("Iyer", "iyer"), ("Reddy", "reddy"), ("Chen", "chen"), ("Nakamura", "nakamura"),
        ("Park", "park"), ("Nguyễn", "nguyen"), ("Trần", "tran"), ("García", "garcia"), ("Fernández", "fernandez"),
        ("Rodríguez", "rodriguez"), ("Pereira", "pereira"), ("Sousa", "sousa"), ("Rossi", "rossi"), ("Bianchi", "bianchi"),
        ("Papadopoulos", "papadopoulos"), ("Smith", "smith"), ("Johnson", "johnson"), ("Brown", "brown"), ("Taylor", "taylor"),
        ("Wilson", "wilson"), ("Lindqvist", "lindqvist"), ("Virtanen", "virtanen"), ("Jónsdóttir", "jonsdottir"),
        ("Yılmaz", "yilmaz"), ("Kaya", "kaya"), ("Öztürk", "ozturk"), ("Kealoha", "kealoha"), ("Ngata", "ngata"),
        ("Williams", "williams"), ("Moreau", "moreau"), ("Lefèvre", "lefevre"), ("Van der Berg", "vanderberg"),
        ("De Vries", "devries"), ("Jensen", "jensen"), ("Hansen", "hansen"), ("Weiß", "weiss"), ("Zimmermann", "zimmermann"),
        ("Fischer", "fischer"), ("Costa", "costa"), ("Silva", "silva"), ("Herrera", "herrera"), ("Castillo", "castillo"),
    ]

    /// CJK family names and given names; Japanese and Korean take a space, Chinese none.
    static let cjkFamilies: [(String, String, Bool)] = [
        ("李", "li", false), ("王", "wang", false), ("张", "zhang", false), ("刘", "liu", false), ("陈", "chen", false),
        ("田中", "tanaka", true), ("佐藤", "sato", true), ("鈴木", "suzuki", true), ("김", "kim", true), ("이", "lee", true),
    ]
    static let cjkGivens: [(String, String)] = [
        ("雷", "lei"), ("伟", "wei"), ("芳", "fang"), ("静", "jing"), ("由紀", "yuki"), ("健", "ken"), ("花子", "hanako"),
        ("민준", "minjun"), ("서연", "seoyeon"), ("明", "ming"),
    ]
    static let cyrillicFirsts: [(String, String)] = [
        ("Дмитрий", "dmitri"), ("Анна", "anna"), ("Сергей", "sergei"), ("Ольга", "olga"), ("Иван", "ivan"),
        ("Мария", "maria"), ("Алексей", "alexei"), ("Наталья", "natalia"),
    ]
    static let cyrillicLasts: [(String, String)] = [
        ("Волков", "volkov"), ("Иванова", "ivanova"), ("Смирнов", "smirnov"), ("Кузнецова", "kuznetsova"),
        ("Попов", "popov"), ("Соколова", "sokolova"), ("Петренко", "petrenko"), ("Шевченко", "shevchenko"),
    ]

    static let roles = [
        "backend engineer", "frontend engineer", "full-stack engineer", "site reliability engineer", "iOS engineer",
        "Android engineer", "data engineer", "machine learning engineer", "QA engineer", "security engineer",
        "designer", "product manager", "engineering manager", "tech lead", "staff engineer", "junior engineer",
        "platform engineer", "developer advocate",
    ]

    static let teams = [
        "Platform", "Payments", "Mobile", "Search", "Identity", "Checkout", "Data Platform", "Growth", "Billing",
        "Observability", "Developer Experience", "Security", "Messaging", "Catalogue", "Logistics", "Fraud", "Risk",
        "Recommendations", "Onboarding", "Notifications", "Storage", "Networking", "Web", "Design Systems", "Analytics",
        "ML Platform", "Customer Support Tools", "Partner APIs", "Ledger", "Pricing", "Inventory", "Maps", "Media",
        "Accessibility", "Localisation", "Infrastructure", "Release Engineering", "Internal Tools", "Compliance", "Edge",
    ]

    /// Skill categories, each with its base skills (interleaved so the first N skills span every category).
    static let skillCategories: [(String, [String])] = [
        ("Languages", ["Swift", "Go", "TypeScript", "Kotlin", "Python", "Rust", "Java", "Scala", "Elixir", "C++", "Ruby", "Haskell"]),
        ("Infrastructure", ["Kubernetes", "Terraform", "AWS", "GCP", "Linux", "Docker", "Helm", "Nginx", "Envoy", "Ansible", "Nix", "Bazel"]),
        ("Data", ["PostgreSQL", "Kafka", "Redis", "Elasticsearch", "Spark", "dbt", "BigQuery", "Cassandra", "ClickHouse", "Airflow", "SQLite", "Flink"]),
        ("Architecture", ["API design", "Event-driven design", "Domain modelling", "Microservices", "Caching", "Distributed systems",
                          "GraphQL", "gRPC", "Multi-tenancy", "Data modelling", "Resilience patterns", "Migrations"]),
        ("Practices", ["Testing", "Code review", "Pair programming", "Incident response", "Technical writing", "Facilitation",
                       "Mentoring", "Estimation", "Refactoring", "Trunk-based development", "Feature flags", "Postmortems"]),
        ("Security", ["Threat modelling", "OAuth", "Cryptography", "Secrets management", "Supply-chain security", "Penetration testing",
                      "Security reviews", "Zero trust", "WebAuthn", "Compliance", "Secure coding", "Vulnerability management"]),
        ("Frontend", ["React", "CSS", "Web performance", "Design systems", "Vue", "Svelte", "Web components", "Accessibility",
                      "Browser APIs", "Next.js", "Storybook", "Animations"]),
        ("Mobile", ["SwiftUI", "UIKit", "Jetpack Compose", "React Native", "Flutter", "App store releases", "Offline sync",
                    "Mobile performance", "Push notifications", "Mobile security", "Crash analysis", "Deep links"]),
        ("Operations", ["Observability", "CI/CD", "On-call", "Capacity planning", "Chaos engineering", "SLOs", "Load testing",
                        "Cost optimisation", "Runbooks", "Tracing", "Log pipelines", "Alerting"]),
        ("ML & analytics", ["Machine learning", "Experimentation", "Statistics", "Feature stores", "LLM integration", "Recommender systems",
                            "Forecasting", "Data visualisation", "MLOps", "NLP", "Computer vision", "A/B testing"]),
        ("Product", ["Product discovery", "User research", "Roadmapping", "Prototyping", "Metrics", "Stakeholder management",
                     "Writing RFCs", "Prioritisation", "Customer interviews", "Pricing models", "Go-to-market", "Analytics"]),
        ("Leadership", ["Coaching", "Hiring", "Onboarding", "Running meetings", "Giving feedback", "Conflict resolution",
                        "Delegation", "Career growth", "Team health", "Public speaking", "Negotiation", "Strategy"]),
    ]

    /// Aspects that turn base skills into more specific ones once the base list runs out ("Kafka at scale").
    static let aspects = ["internals", "performance", "debugging", "at scale", "testing", "in production", "migrations", "tooling"]

    static let locations = [
        "Room Ada", "Room Turing", "Room Hopper", "Room Lovelace", "Room Knuth", "Auditorium", "Kitchen corner",
        "meet.example.com/guild", "meet.example.com/talks", "Library",
    ]

    static let tags = ["ci", "infra", "docs", "a11y", "security", "postgres", "oncall", "perf", "onboarding", "tests", "release"]

    static let successes = [
        "Shipped the {skill} rollout without a single page 🎉", "{team} cut build times in half with better {skill} caching",
        "First on-call week on {skill} went smoothly for two newcomers", "Migrated the last service to {skill}, ahead of plan",
        "Customer-reported bugs in {team} dropped for the third month", "Demo of the {skill} prototype landed well with users",
    ]
    static let frustrations = [
        "Flaky CI on the {team} repo cost us a day again", "Too many meetings on Wednesday, hard to focus",
        "Our staging {skill} setup is out of date again", "Nobody on {team} feels confident with {skill} yet",
        "Reviews wait two days before anyone picks them up", "Docs for {skill} are scattered across three wikis",
    ]
    static let learningsText = [
        "{skill}: read the runbook before touching production", "{skill}: small batches made the rollout safe",
        "{skill}: high-cardinality labels blew up our metrics bill", "{skill}: structured logging saved hours in the incident",
        "{skill}: a checklist beats memory during releases", "{skill}: property-based tests found two edge cases",
    ]
    static let pairings = [
        "Paired across {team} and another team on {skill}: both learned the other's quirks",
        "Debugging together on {skill}, not coding, found the flaky test fast", "Mob session on {skill} with four people worked well",
        "Remote pairing on {skill}: swap the driver every 15 minutes",
    ]
    static let decisions = [
        "We adopt a 15-minute timebox for the topic of the week", "{team} owns the {skill} upgrade this quarter",
        "Flaky tests get a quarantine label and an owner", "We record deep dives for other time zones",
        "{skill} questions go to the #guild channel first", "Every new service ships with a {skill} runbook",
    ]
    static let supports = [
        "Strong support for a {skill} deep dive next month", "Everyone in favour of cross-team pairing on {skill}",
        "Broad support for moving {team}'s demo to Fridays",
    ]
    static let objections = [
        "{team} objects to a code freeze on Thursdays", "Not everyone can attend at 15:00 on Fridays",
        "Concern that the {skill} migration is rushed", "Objection: the workshop clashes with {team}'s release",
    ]
    static let questions = [
        "Can we record the sessions for other time zones?", "Who owns the {skill} upgrade?",
        "Should {team} move to {skill} this year?", "Is there a budget for {skill} training?",
        "How do we onboard people to {skill} faster?",
    ]
    static let plainNotes = [
        "Next time: {skill} rehearsal by {team}", "Slides are in the shared drive under {team}",
        "{team} will demo the {skill} dashboard", "Follow-up thread opened in #guild about {skill}",
        "Attendance was good; questions ran over by five minutes",
    ]

    static let actionTitles = [
        "Write the {skill} runbook for {team}", "Quarantine the flakiest {skill} tests", "Draft the onboarding guide for {skill}",
        "Book a room for the {skill} workshop", "Share the {skill} checklist with {team}", "Review the {skill} upgrade plan",
        "Record the {skill} deep dive", "Set up pairing on {skill} across teams", "Publish the minutes of the {team} meeting",
        "Refresh the {team} staging data", "Collect feedback on the {skill} talk", "Propose an SLO for {team}'s {skill} service",
        "Find a second expert in {skill} for {team}", "Move the {skill} notes into the repo",
    ]

    static let talkTitles: [String: [String]] = [
        "tech-talk": ["Tech talk: {skill} in practice", "{skill} lessons from {team}", "What {team} learned about {skill}"],
        "workshop": ["Hands-on {skill}", "{skill} workshop: from zero to production", "Workshop: testing with {skill}"],
        "brown-bag": ["Lunch & learn: {skill}", "Brown bag: {skill} for everyone", "Lunch & learn: {team}'s favourite tools"],
        "show-and-tell": ["Show and tell: {team}'s {skill} work", "Show and tell: the new {skill} dashboard"],
        "deep-dive": ["Deep dive: {skill} internals", "Deep dive: a {skill} incident replay"],
        "code-review": ["Code review with a twist: {team}'s {skill} module", "Code review: {skill} patterns"],
        "pairing": ["Pairing: {skill} katas", "Pairing beyond coding: debugging {skill}"],
        "weekly-meeting": ["{team} tech sync", "{team} weekly"],
        "other": ["Quarterly {team} retro", "{team} hack day kick-off", "Guild open space"],
    ]

    static let outcomes = [
        "Everyone can apply {skill} on their own", "Two more people able to help with {skill}",
        "Teams can plan {skill} work without a specialist", "Feedback collected before the build starts",
        "Decide what to keep, drop and try", "Know where {team} is thin and whom to ask",
    ]

    static let learningContexts = ["Incident", "Release", "Migration", "Onboarding", "Workshop", "Pairing", "Retro"]

    static let stageCommunities = [
        ("Platform guild", "Infrastructure, reliability and developer experience"),
        ("Mobile & accessibility CoP", "Native apps, design systems and accessibility"),
        ("Data CoP", "Pipelines, warehouses and data quality"),
        ("Security champions", "Threat models, reviews and secure defaults"),
        ("Frontend guild", "Web performance, components and design systems"),
        ("Testing CoP", "Test strategy, flakiness and quality"),
        ("Architecture forum", "Decisions, RFCs and cross-team design"),
        ("ML community", "Models in production, experiments and evaluation"),
        ("Leadership circle", "Coaching, hiring and team health"),
        ("Writing club", "Docs, RFCs and technical writing"),
        ("SRE CoP", "On-call, SLOs and incident learning"),
        ("Product craft", "Discovery, research and metrics"),
    ]

    static let objectives = [
        "Every team can deploy without help", "Halve the number of flaky CI runs this quarter",
        "Two people able to lead incident response per team", "Shared conventions written down and adopted",
        "A talk from every team this half-year", "New joiners productive within two weeks",
    ]

    static let needs: [(String, String, String, String)] = [
        ("Deploy a new service", "Helm chart template + Argo CD app", "half a day", "Chart drift between teams"),
        ("Change a large table without downtime", "Expand/contract migrations", "2–3 days", "Replication lag; long locks if misused"),
        ("Publish domain events", "Outbox table + Kafka connector", "1 week", "Ordering across partitions; poison messages"),
        ("Provision cloud resources", "Terraform modules in the infra repo", "1–2 days", "State locking; drift"),
        ("Check a screen for accessibility", "Screen-reader checklist + automated audit in CI", "2 hours a screen", "Automated checks miss focus order"),
        ("Add a feature flag", "Flag service SDK with a kill switch", "1 hour", "Stale flags pile up"),
        ("Send transactional e-mail", "Mailer service over the e-mail provider", "1 day", "Bounces and rate limits"),
        ("Add a dashboard and alerts", "Observability templates", "half a day", "Noisy alerts"),
        ("Run an A/B test", "Experimentation platform", "2 days", "Peeking at results early"),
        ("Store a secret", "Secrets manager with rotation", "1 hour", "Secrets copied into CI logs"),
    ]
}
