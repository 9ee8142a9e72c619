import { Field, ObjectType } from 'type-graphql';
import { Enterprise } from '../enterprise/enterprise.type.js';
import { Project } from './project.type.js';

@ObjectType({ description: '项目参与企业 / An enterprise undertaking a project, with its role.' })
export class ProjectParticipant {
  @Field(() => Enterprise, { description: '企业 / The enterprise.' })
  enterprise!: Enterprise;

  @Field(() => String, { nullable: true, description: '角色 / Role, e.g. investor, operator.' })
  role?: string | null;
}

@ObjectType({ description: '企业参与的项目 / A project an enterprise undertakes, with its role.' })
export class EnterpriseProject {
  @Field(() => Project, { description: '项目 / The project.' })
  project!: Project;

  @Field(() => String, { nullable: true, description: '角色 / Role.' })
  role?: string | null;
}
