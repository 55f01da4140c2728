import { describe, expect, it } from 'vitest';
import { detectRoleOutput } from '../prompts/tasks.js';
import { detectRole, estimateYearsOfExperience, extractSkills, ROLE_FAMILIES, seniorityFromYears, SKILL_TAXONOMY } from './taxonomy.js';

const NOW = new Date('2025-06-01T00:00:00Z');

const RESUMES = {
  frontend: `Maya Chen
Frontend Developer
maya@example.com

Experience
Frontend Developer, Brightside Labs — Mar 2021 – Present
- Rebuilt the checkout in React 18 and Next.js, cutting LCP from 4.1 s to 1.9 s.
- Introduced Storybook and a design system used by 4 teams; WCAG 2.1 AA audits.
Junior Web Developer, Pixelworks — Jun 2019 – Feb 2021
- Built marketing pages with HTML5, SCSS and jQuery; migrated to Vue.js.

Skills: JavaScript (ES6+), TypeScript, React, Redux, CSS3, Tailwind, Jest, Cypress, Figma

Education
BSc Computer Science, University of Leeds, 2015 – 2019`,
  data: `Omar Haddad — Data Engineer
Experience
Senior Data Engineer, Streamline Analytics (2020 – present)
 • Designed Airflow DAGs loading 2 TB/day into Snowflake; dbt models for finance.
 • Built Kafka + Spark Streaming pipelines; reduced data latency from 6 h to 15 min.
Data Analyst, RetailCo (2017 – 2020)
 • SQL, Python (Pandas), Tableau dashboards.
Skills: Python, SQL, PySpark, Airflow, dbt, Snowflake, BigQuery, Kafka, Postgres, Docker`,
  devops: `Priya Natarajan
Site Reliability Engineer | DevOps
8+ years of experience running production infrastructure on AWS and GCP.
- Operate 40 k8s clusters with Helm and ArgoCD; Terraform modules for 120 services.
- Prometheus, Grafana and Datadog alerting with SLOs and error budgets.
- CI/CD with GitHub Actions and Jenkins; Bash and Go tooling.`,
  ml: `Lena Fischer
Machine Learning Engineer
Jan 2022 - Present, ML Engineer at VisionAI: trained PyTorch models for object detection, deployed with SageMaker; built a RAG assistant with LangChain.
Aug 2020 - Dec 2021, Data Scientist at Shopwise: XGBoost churn models, scikit-learn, A/B testing.
Skills: Python, PyTorch, TensorFlow, scikit-learn, Hugging Face, MLflow, SQL`,
  management: `Daniel Okafor
Engineering Manager
Led a team of 9 engineers at PayFast, 2019 - present. Hiring, mentoring, performance reviews, OKRs, roadmap planning with product.
Previously Senior Software Engineer at Bankly 2013 - 2019 (Java, Spring Boot, PostgreSQL).`,
  mobile: `Sofia Rossi — iOS Developer
3 years of experience building iOS apps in Swift and SwiftUI; Combine, Core Data; published 5 apps to the App Store.`,
  junior: `Tom Becker
Graduate Software Developer
Internship at Acme (Jun 2024 – Sep 2024): built REST APIs in Python with Django and PostgreSQL.
Skills: Python, Django, Git, SQL, Docker`,
  fullstack: `Ana Lima - Full Stack Engineer
5 years of experience building web products. Node.js, Express, PostgreSQL, Redis on the backend; React and TypeScript on the frontend. GraphQL APIs, Docker, AWS.`,
  product: `Jordan Smith
Senior Product Manager
Owned the roadmap for a B2B analytics product; ran discovery interviews, A/B tests and pricing experiments; wrote PRDs and user stories; OKRs. 2016 - 2025.`,
  qa: 'Chen Wei, QA Automation Engineer. Selenium, Cypress, Playwright, Postman, JMeter, test plans, regression testing, BDD with Cucumber, Jenkins.',
  security:
    'Rafael Costa — Application Security Engineer. Penetration testing of web apps and APIs with Burp Suite; threat modeling (STRIDE); OWASP Top 10; SIEM with Splunk; incident response.',
  design:
    'Emma Novak\nProduct Designer\nUser research, usability testing, wireframes and high-fidelity prototypes in Figma; design systems; accessibility (WCAG). 2018 – Present.',
};

function roleOf(text: string) {
  const skills = extractSkills(text);
  return detectRole({ skills, text, yearsOfExperience: estimateYearsOfExperience(text, NOW), roleFocus: null });
}

describe('extractSkills', () => {
  it('should map aliases to canonical names', () => {
    const skills = extractSkills('JS, k8s, Postgres, C++, C#, .NET, Node.js, golang, sklearn and GCP');
    expect(skills).toEqual(
      expect.arrayContaining(['JavaScript', 'Kubernetes', 'PostgreSQL', 'C++', 'C#', '.NET', 'Node.js', 'Go', 'scikit-learn', 'Google Cloud']),
    );
  });

  it('should respect word boundaries', () => {
    const skills = extractSkills('Wrote JavaScript daily. Reacted quickly to incidents; the rest of the team sketched plans.');
    expect(skills).toContain('JavaScript');
    expect(skills).not.toContain('Java');
    expect(skills).not.toContain('React');
    expect(skills).not.toContain('REST APIs');
    expect(skills).not.toContain('Sketch');
  });

  it('should not read common words as languages outside a list', () => {
    const skills = extractSkills('We will go live next week. Swift delivery matters. I excel at communication. Grade C student.');
    expect(skills).not.toContain('Go');
    expect(skills).not.toContain('Swift');
    expect(skills).not.toContain('Excel');
    expect(skills).not.toContain('C');
  });

  it('should read short language names inside lists and after "in"', () => {
    expect(extractSkills('Languages: Go, Rust, C, R')).toEqual(expect.arrayContaining(['Go', 'Rust', 'C', 'R']));
    expect(extractSkills('Services written in Go and deployed on AWS')).toEqual(expect.arrayContaining(['Go', 'AWS']));
  });

  it('should list the most mentioned skills first', () => {
    expect(extractSkills('Python scripts. Python services. Some Java. More Python.')[0]).toBe('Python');
  });

  it('should return an empty list for text without skills', () => {
    expect(extractSkills('I enjoy hiking and cooking with friends.')).toEqual([]);
  });
});

describe('SKILL_TAXONOMY', () => {
  it('should group skills in every category without duplicate names', () => {
    const names = Object.values(SKILL_TAXONOMY)
      .flat()
      .map((skill) => skill.name);
    expect(new Set(names).size).toBe(names.length);
    for (const [category, skills] of Object.entries(SKILL_TAXONOMY)) expect(skills.length, category).toBeGreaterThanOrEqual(10);
    for (const skill of Object.values(SKILL_TAXONOMY).flat()) {
      for (const family of skill.families) expect(ROLE_FAMILIES).toContain(family);
    }
  });
});

describe('detectRole', () => {
  it.each([
    ['frontend', 'frontend', 'senior'],
    ['data', 'data', 'senior'],
    ['devops', 'devops', 'senior'],
    ['ml', 'ml', 'mid'],
    ['management', 'management', 'lead'],
    ['mobile', 'mobile', 'mid'],
    ['junior', 'backend', 'junior'],
    ['fullstack', 'fullstack', 'senior'],
    ['product', 'product', 'lead'],
    ['qa', 'qa', 'mid'],
    ['security', 'security', 'mid'],
    ['design', 'design', 'senior'],
  ] as const)('should detect the %s resume as %s, %s', (resume, family, seniority) => {
    const role = roleOf(RESUMES[resume]);
    expect(role.family).toBe(family);
    expect(role.seniority).toBe(seniority);
    expect(detectRoleOutput.safeParse(role).success).toBe(true);
  });

  it('should name titles with the seniority', () => {
    expect(roleOf(RESUMES.data).title).toBe('Senior Data Engineer');
    expect(roleOf(RESUMES.junior).title).toBe('Junior Backend Engineer');
    expect(roleOf(RESUMES.mobile).title).toBe('iOS Engineer');
    expect(roleOf(RESUMES.management).title).toBe('Senior Engineering Manager');
  });

  it('should support the matched skills with skills of the detected family', () => {
    const role = roleOf(RESUMES.data);
    expect(role.matchedSkills).toEqual(expect.arrayContaining(['Airflow', 'Snowflake', 'dbt']));
    expect(role.matchedSkills).not.toContain('Docker');
  });

  it('should follow the template role focus when it names a family', () => {
    const role = detectRole({ skills: extractSkills(RESUMES.frontend), text: RESUMES.frontend, yearsOfExperience: 3, roleFocus: 'backend' });
    expect(role.family).toBe('backend');
    expect(role.title).toBe('Backend Engineer');
  });

  it('should raise seniority from a stated title above the years', () => {
    const text = 'Staff Engineer at Globex\nBackend services in Go, PostgreSQL, Kafka.';
    expect(detectRole({ skills: extractSkills(text), text, yearsOfExperience: 4, roleFocus: null }).seniority).toBe('lead');
  });

  it('should not take seniority from phrases that are not titles', () => {
    const text = 'Backend Developer\nWorked closely with senior engineers on Django and PostgreSQL services.';
    expect(detectRole({ skills: extractSkills(text), text, yearsOfExperience: 1, roleFocus: null }).seniority).toBe('junior');
  });

  it('should fall back to a general software role without evidence', () => {
    const role = detectRole({ skills: [], text: 'Hello, I am looking for a job.', yearsOfExperience: null, roleFocus: null });
    expect(role).toMatchObject({ family: 'general', seniority: 'mid', title: 'Software Engineer' });
  });
});

describe('seniorityFromYears', () => {
  it('should band years into junior, mid, senior and lead', () => {
    expect([0, 1.9, 2, 4.9, 5, 8.9, 9, 20].map(seniorityFromYears)).toEqual(['junior', 'junior', 'mid', 'mid', 'senior', 'senior', 'lead', 'lead']);
  });
});

describe('estimateYearsOfExperience', () => {
  it('should prefer a stated number of years', () => {
    expect(estimateYearsOfExperience('Over 7 years of experience in backend development. 2021 - 2022.', NOW)).toBe(7);
    expect(estimateYearsOfExperience('Seven years of professional experience', NOW)).toBe(7);
    expect(estimateYearsOfExperience('12+ yrs experience', NOW)).toBe(12);
  });

  it('should sum employment ranges up to now and skip education', () => {
    // Mar 2021–Jun 2025 (52 months) + Jun 2019–Feb 2021 (21 months); the degree is ignored.
    expect(estimateYearsOfExperience(RESUMES.frontend, NOW)).toBe(6.1);
  });

  it('should count overlapping ranges once', () => {
    expect(estimateYearsOfExperience('Acme 2018 - 2020\nFreelance 2019 - 2020', NOW)).toBe(3);
  });

  it('should read numeric month ranges', () => {
    expect(estimateYearsOfExperience('Engineer, Globex, 03/2020 – 02/2022', NOW)).toBe(2);
  });

  it('should depend on the given now for open ranges', () => {
    const text = 'Engineer, Initech, Jan 2020 - Present';
    expect(estimateYearsOfExperience(text, new Date('2022-01-01T00:00:00Z'))).toBe(2.1);
    expect(estimateYearsOfExperience(text, new Date('2025-01-01T00:00:00Z'))).toBe(5.1);
  });

  it('should return null without dates or statements', () => {
    expect(estimateYearsOfExperience('Passionate engineer who loves clean code.', NOW)).toBeNull();
  });
});
