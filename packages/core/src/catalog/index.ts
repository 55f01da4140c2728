// Domain data: the skill taxonomy, the question bank and the DSA bank. The offline interviewer
// and the services read them from here.

export {
  ALL_SKILLS,
  detectRole,
  estimateYearsOfExperience,
  extractSkills,
  isRoleFamily,
  ROLE_FAMILIES,
  seniorityFromYears,
  skillCategory,
  skillFamilies,
  SKILL_TAXONOMY,
  type DetectRoleParameters,
  type RoleFamily,
  type SkillCategory,
  type SkillDefinition,
} from './taxonomy.js';
export {
  chooseDsaProblem,
  DSA_BANK,
  findDsaProblem,
  toProblemBrief,
  toPublicProblem,
  type ChooseDsaProblemOptions,
  type DsaApproach,
  type DsaBankProblem,
  type DsaEdgeCase,
} from './dsa-bank.js';
export { BEHAVIORAL_QUESTIONS, QUESTION_BANK, TECHNICAL_QUESTIONS, type BankQuestion, type KeyConcept } from './question-bank.js';
